/**
 * The benchmark server: fixed OpenAI, Anthropic and Gemini answers served by Netty from a separate process.
 */
package io.github.llmkit.benchmarks.server;
