/**
 * Hooks that let metrics and tracing observe what a client does, without a dependency on any metrics library.
 */
package io.github.llmkit.observation;
