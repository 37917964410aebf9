package io.github.llmkit;

import java.time.Instant;

/**
 * A model the provider offers.
 *
 * @param id the id to pass as a model name (without any provider prefix such as Gemini's {@code models/})
 * @param displayName a human-readable name, or null
 * @param ownedBy the owner or vendor, or null
 * @param created when the model was created or last modified, or null
 * @since 0.1.0
 */
public record ModelInfo(String id, String displayName, String ownedBy, Instant created) {
}
