package io.github.llmkit.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A plain JDK HTTP client for the simulator tests, with a minimal SSE splitter.
 */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Http() {
	}

	static HttpResponse<String> post(String url, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.header("Content-Type", "application/json").build());
	}

	static HttpResponse<String> get(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return Json.MAPPER.readTree(response.body());
	}

	/**
	 * Split an SSE body into events (comments kept as events named ":" with the comment as data).
	 */
	static List<Event> events(String body) {
		List<Event> events = new ArrayList<>();
		for (String block : body.split("\n\n")) {
			if (block.isEmpty()) {
				continue;
			}
			String name = null;
			StringBuilder data = new StringBuilder();
			for (String line : block.split("\n")) {
				if (line.startsWith(":")) {
					name = ":";
					data.append(line.substring(1).strip());
				}
				else if (line.startsWith("event: ")) {
					name = line.substring(7);
				}
				else if (line.startsWith("data: ")) {
					data.append(line.substring(6));
				}
			}
			events.add(new Event(name, data.toString()));
		}
		return events;
	}

	static List<JsonNode> dataJson(String body) {
		List<JsonNode> nodes = new ArrayList<>();
		for (Event event : events(body)) {
			if (!":".equals(event.name()) && !event.data().equals("[DONE]")) {
				nodes.add(Json.MAPPER.readTree(event.data()));
			}
		}
		return nodes;
	}

	record Event(String name, String data) {
	}

}
