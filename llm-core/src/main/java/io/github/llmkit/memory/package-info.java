/**
 * Conversations with memory: a history per conversation id, kept in a {@link io.github.llmkit.memory.ConversationStore},
 * windowed before each call and extended after it.
 */
package io.github.llmkit.memory;
