/**
 * Typed answers in the demo: a structured invoice extracted from free text.
 */
package io.github.llmkit.demo.extract;
