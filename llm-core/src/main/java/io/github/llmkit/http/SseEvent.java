package io.github.llmkit.http;

/**
 * One server-sent event.
 *
 * @param event the {@code event:} field, or null when the event has none
 * @param data the {@code data:} lines joined with newlines
 * @since 0.1.0
 */
public record SseEvent(String event, String data) {
}
