/**
 * Typed answers: a Java type in, a validated instance of it out, with the provider's own schema enforcement,
 * a repair round, and partial objects while streaming.
 */
package io.github.llmkit.structured;
