/**
 * The nouns a user needs: {@link io.github.llmkit.LlmClient}, {@link io.github.llmkit.LlmClients},
 * {@link io.github.llmkit.ClientConfig}, {@link io.github.llmkit.ProviderType} and the exception tree.
 */
package io.github.llmkit;
