/**
 * Actuator health of LLM clients, judged from their recent calls.
 */
package io.github.llmkit.autoconfigure.health;
