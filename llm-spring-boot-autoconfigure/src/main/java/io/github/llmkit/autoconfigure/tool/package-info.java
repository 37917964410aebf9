/**
 * Discovery of {@code @LlmTool} bean methods and the tool registry bean.
 */
package io.github.llmkit.autoconfigure.tool;
