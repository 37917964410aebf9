/**
 * Content parts from Spring {@code Resource}s, so that llm-core needs no Spring.
 */
package io.github.llmkit.autoconfigure.content;
