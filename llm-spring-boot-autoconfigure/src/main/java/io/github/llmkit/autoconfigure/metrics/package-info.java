/**
 * Micrometer metrics of LLM clients, named after the OpenTelemetry GenAI semantic conventions.
 */
package io.github.llmkit.autoconfigure.metrics;
