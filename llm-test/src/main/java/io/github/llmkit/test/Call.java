package io.github.llmkit.test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * One request in flight: the recorded request, its endpoint below the provider's base path, and the means to send
 * a complete or streamed response (applying a scripted reply's headers and faults).
 */
final class Call {

	private final HttpExchange exchange;

	private final RecordedRequest request;

	private final String endpoint;

	private final Map<String, String> query;

	private final JsonNode json;

	private final Ids ids;

	private MockReply script;

	Call(HttpExchange exchange, RecordedRequest request, String endpoint, Ids ids) {
		this.exchange = exchange;
		this.request = request;
		this.endpoint = endpoint;
		this.query = parseQuery(exchange.getRequestURI().getRawQuery());
		this.json = Json.parseOrNull(request.body());
		this.ids = ids;
	}

	RecordedRequest request() {
		return this.request;
	}

	String method() {
		return this.request.method();
	}

	/**
	 * Return the path below the provider's base path, without the query, e.g. {@code /chat/completions}.
	 */
	String endpoint() {
		return this.endpoint;
	}

	String query(String name) {
		return this.query.get(name);
	}

	String header(String name) {
		return this.request.header(name);
	}

	/**
	 * Return the body parsed as JSON, or null when it is not JSON.
	 */
	JsonNode json() {
		return this.json;
	}

	Ids ids() {
		return this.ids;
	}

	void script(MockReply script) {
		this.script = script;
	}

	/**
	 * Send a complete response; a 200 picks up the scripted headers and, when scripted, a broken body.
	 */
	void send(HttpReply reply) throws IOException {
		HttpReply out = reply;
		if (this.script != null && reply.status() == 200) {
			out = out.withHeaders(this.script.headers());
			if (this.script.broken()) {
				out = out.withBody(out.body().substring(0, out.body().length() / 2));
			}
		}
		byte[] body = out.body().getBytes(StandardCharsets.UTF_8);
		Headers headers = this.exchange.getResponseHeaders();
		headers.set("Content-Type", out.contentType());
		out.headers().forEach(headers::set);
		this.exchange.sendResponseHeaders(out.status(), (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream stream = this.exchange.getResponseBody()) {
				stream.write(body);
			}
		}
	}

	/**
	 * Send a 200 event stream, flushing every event; scripted faults cut, break, stall or reset it, or end it
	 * with an error.
	 * @throws Dropped when the script resets the stream: the exchange must then be left unclosed
	 */
	void stream(String contentType, Map<String, String> headers, SseStream stream) throws IOException {
		Headers out = this.exchange.getResponseHeaders();
		out.set("Content-Type", contentType);
		out.set("Cache-Control", "no-cache");
		Map<String, String> all = new LinkedHashMap<>(headers);
		if (this.script != null) {
			all.putAll(this.script.headers());
		}
		if (stream.isCut(this.script)) {
			all.put("Connection", "close");
		}
		all.forEach(out::set);
		this.exchange.sendResponseHeaders(200, 0);
		OutputStream body = this.exchange.getResponseBody();
		int events = 0;
		afterEvents(events);
		for (SseFrame frame : stream.framesFor(this.script)) {
			body.write(frame.encode());
			body.flush();
			if (!frame.comment()) {
				events++;
				afterEvents(events);
			}
		}
		if (this.script != null && this.script.resetAfter() >= 0) {
			throw new Dropped();
		}
		body.close();
	}

	private void afterEvents(int events) throws IOException {
		if (this.script == null) {
			return;
		}
		if (events == this.script.stallAfter() && !this.script.stall().isZero()) {
			try {
				Thread.sleep(this.script.stall().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Stalled stream interrupted");
			}
		}
		if (events == this.script.resetAfter()) {
			throw new Dropped();
		}
	}

	/**
	 * Thrown to drop the connection mid-body: the HTTP server closes the connection of a handler that fails, and
	 * an exchange that is not closed never writes its terminating chunk.
	 */
	static final class Dropped extends IOException {

		private static final long serialVersionUID = 1L;

		Dropped() {
			super("Scripted connection reset", null);
		}

	}

	private static Map<String, String> parseQuery(String raw) {
		Map<String, String> params = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return params;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			params.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return params;
	}

}
