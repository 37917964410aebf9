/**
 * Auto-configuration of conversation memory ({@code llm.memory.*}): a {@link io.github.llmkit.memory.ChatMemory}
 * over an in-memory store, or over {@link io.github.llmkit.autoconfigure.memory.JdbcConversationStore} and the
 * application's {@code DataSource}.
 */
package io.github.llmkit.autoconfigure.memory;
