/**
 * Embedding requests and responses.
 */
package io.github.llmkit.embedding;
