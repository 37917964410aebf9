package io.github.llmkit.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the demo's API on the test's random port: JSON requests and Server-Sent Events.
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	ApiClient(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	Reply get(String path) {
		return send(request(path).GET().build());
	}

	Reply post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	Reply post(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	Reply postJson(String path, Map<String, ?> body) {
		return post(path, JSON.writeValueAsString(body));
	}

	List<Event> stream(String path, Map<String, String> query) {
		HttpRequest request = request(path + "?" + query(query)).header("Accept", "text/event-stream").GET().build();
		try {
			HttpResponse<java.util.stream.Stream<String>> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofLines());
			if (response.statusCode() != 200) {
				String body = response.body().collect(Collectors.joining("\n"));
				return List.of(new Event("http_" + response.statusCode(), JSON.readTree(body)));
			}
			return parse(response.body().toList());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String query(Map<String, String> query) {
		return query.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static Map<String, String> params(String... keysAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			params.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return params;
	}

	private static List<Event> parse(List<String> lines) {
		List<Event> events = new ArrayList<>();
		String name = "message";
		StringBuilder data = new StringBuilder();
		for (String line : lines) {
			if (line.isEmpty()) {
				if (!data.isEmpty()) {
					events.add(new Event(name, JSON.readTree(data.toString())));
				}
				name = "message";
				data.setLength(0);
			}
			else if (line.startsWith("event:")) {
				name = line.substring(6).trim();
			}
			else if (line.startsWith("data:")) {
				data.append(line.substring(5));
			}
		}
		return events;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(30));
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Reply(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	record Event(String name, JsonNode data) {
	}

}
