/**
 * Auto-configuration of circuit breakers for LLM clients, on Resilience4j.
 */
package io.github.llmkit.autoconfigure.resilience;
