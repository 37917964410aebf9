package io.github.llmkit.test;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/**
 * One server-sent event (or comment line) exactly as it goes on the wire.
 *
 * @param event the {@code event:} name, or null for none
 * @param data the {@code data:} payload, or the comment text when {@code comment} is set
 * @param comment whether this is a {@code :} comment line rather than an event
 */
record SseFrame(String event, String data, boolean comment) {

	static SseFrame data(JsonNode json) {
		return new SseFrame(null, Json.write(json), false);
	}

	static SseFrame data(String text) {
		return new SseFrame(null, text, false);
	}

	static SseFrame named(String event, JsonNode json) {
		return new SseFrame(event, Json.write(json), false);
	}

	static SseFrame comment(String text) {
		return new SseFrame(null, text, true);
	}

	byte[] encode() {
		StringBuilder out = new StringBuilder();
		if (this.comment) {
			out.append(": ").append(this.data).append("\n\n");
		}
		else {
			if (this.event != null) {
				out.append("event: ").append(this.event).append('\n');
			}
			out.append("data: ").append(this.data).append("\n\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
