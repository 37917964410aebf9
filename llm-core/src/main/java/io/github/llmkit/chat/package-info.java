/**
 * Chat values: messages, per-call options, normalised responses, stream deltas and listeners.
 */
package io.github.llmkit.chat;
