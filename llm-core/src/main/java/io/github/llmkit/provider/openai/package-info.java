/**
 * The OpenAI Chat Completions wire family, serving OpenAI and the six compatible providers through their
 * declared {@link io.github.llmkit.provider.ProviderQuirks}.
 */
package io.github.llmkit.provider.openai;
