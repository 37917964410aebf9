package io.github.llmkit.test;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A complete (non-streamed) HTTP response the simulator is about to send.
 *
 * @param status the HTTP status
 * @param contentType the content type
 * @param body the body text
 * @param headers extra response headers
 */
record HttpReply(int status, String contentType, String body, Map<String, String> headers) {

	static final String JSON_TYPE = "application/json";

	HttpReply {
		headers = Map.copyOf(headers);
	}

	static HttpReply json(int status, JsonNode body) {
		return new HttpReply(status, JSON_TYPE, Json.write(body), Map.of());
	}

	static HttpReply raw(int status, String body) {
		String trimmed = body.strip();
		boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
		return new HttpReply(status, (json) ? JSON_TYPE : "text/plain; charset=utf-8", body, Map.of());
	}

	HttpReply withHeaders(Map<String, String> extra) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.putAll(extra);
		return new HttpReply(this.status, this.contentType, this.body, all);
	}

	HttpReply withBody(String newBody) {
		return new HttpReply(this.status, this.contentType, newBody, this.headers);
	}

}
