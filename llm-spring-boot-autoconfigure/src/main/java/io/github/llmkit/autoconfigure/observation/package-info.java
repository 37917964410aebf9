/**
 * Micrometer {@code Observation}s of LLM calls, tool loops and tool executions, named and attributed after the
 * OpenTelemetry GenAI conventions: the contexts, the documentation enum, and the conventions applications can
 * replace.
 */
package io.github.llmkit.autoconfigure.observation;
