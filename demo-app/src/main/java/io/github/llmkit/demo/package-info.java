/**
 * The llmkit demo application.
 */
package io.github.llmkit.demo;
