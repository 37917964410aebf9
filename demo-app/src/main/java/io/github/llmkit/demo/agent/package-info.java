/**
 * The tool loop over {@code @LlmTool} methods of ordinary service beans.
 */
package io.github.llmkit.demo.agent;
