/**
 * The demo's view of its own traces: the last finished spans, at {@code GET /api/traces}.
 */
package io.github.llmkit.demo.tracing;
