/**
 * The configured clients: lookup by name, model lists and embeddings over HTTP.
 */
package io.github.llmkit.demo.provider;
