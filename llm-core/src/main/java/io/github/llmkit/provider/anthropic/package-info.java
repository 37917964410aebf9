/**
 * The Anthropic Messages API wire family, serving Claude.
 */
package io.github.llmkit.provider.anthropic;
