/**
 * Tools a model may call: definitions, calls, {@code @LlmTool} methods, the registry and the tool loop.
 */
package io.github.llmkit.tool;
