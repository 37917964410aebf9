/**
 * MockLlmServer: a loopback HTTP simulator of the OpenAI, Anthropic and Gemini wire protocols for tests and demos.
 */
package io.github.llmkit.test;
