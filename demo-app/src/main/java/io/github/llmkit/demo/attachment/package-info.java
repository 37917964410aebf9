/**
 * Ask a provider about an uploaded image or PDF.
 */
package io.github.llmkit.demo.attachment;
