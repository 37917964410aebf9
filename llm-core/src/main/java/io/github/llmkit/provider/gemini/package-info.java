/**
 * The Google Gemini API (generativelanguage v1beta) wire family, serving Gemini.
 */
package io.github.llmkit.provider.gemini;
