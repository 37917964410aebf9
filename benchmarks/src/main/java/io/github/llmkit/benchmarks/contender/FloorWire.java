package io.github.llmkit.benchmarks.contender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a hand-written client needs to know of each wire family: URL, headers, request body, and where the
 * text sits in a reply and in a stream chunk. Shared by the two floors so that they differ only in transport.
 *
 * @since 0.1.0
 */
public enum FloorWire {

	/** OpenAI chat completions. */
	OPENAI(Contenders.OPENAI_MODEL, Map.of("Authorization", "Bearer " + Contenders.API_KEY)) {

		@Override
		String url(String root, boolean stream) {
			return root + "/v1/chat/completions";
		}

		@Override
		ObjectNode body(JsonMapper json, boolean stream) {
			ObjectNode body = json.createObjectNode();
			body.put("model", model());
			body.putArray("messages").addObject().put("role", "user").put("content", Contenders.PROMPT);
			body.put("max_completion_tokens", Contenders.MAX_TOKENS);
			body.put("temperature", Contenders.TEMPERATURE);
			if (stream) {
				body.put("stream", true);
				body.putObject("stream_options").put("include_usage", true);
			}
			return body;
		}

		@Override
		String text(JsonNode reply) {
			return reply.get("choices").get(0).get("message").get("content").asString();
		}

		@Override
		String deltaText(JsonNode chunk) {
			JsonNode choices = chunk.get("choices");
			if (choices == null || choices.isEmpty()) {
				return null;
			}
			JsonNode content = choices.get(0).get("delta").get("content");
			return (content != null && content.isString()) ? content.asString() : null;
		}

	},

	/** Anthropic messages. */
	ANTHROPIC(Contenders.CLAUDE_MODEL, Map.of("x-api-key", Contenders.API_KEY, "anthropic-version", "2023-06-01")) {

		@Override
		String url(String root, boolean stream) {
			return root + "/v1/messages";
		}

		@Override
		ObjectNode body(JsonMapper json, boolean stream) {
			ObjectNode body = json.createObjectNode();
			body.put("model", model());
			body.put("max_tokens", Contenders.MAX_TOKENS);
			body.putArray("messages").addObject().put("role", "user").put("content", Contenders.PROMPT);
			body.put("temperature", Contenders.TEMPERATURE);
			if (stream) {
				body.put("stream", true);
			}
			return body;
		}

		@Override
		String text(JsonNode reply) {
			StringBuilder text = new StringBuilder();
			for (JsonNode block : reply.get("content")) {
				if ("text".equals(block.get("type").asString())) {
					text.append(block.get("text").asString());
				}
			}
			return text.toString();
		}

		@Override
		String deltaText(JsonNode chunk) {
			if (!"content_block_delta".equals(chunk.get("type").asString())) {
				return null;
			}
			JsonNode delta = chunk.get("delta");
			return ("text_delta".equals(delta.get("type").asString())) ? delta.get("text").asString() : null;
		}

	},

	/** Gemini generateContent. */
	GEMINI(Contenders.GEMINI_MODEL, Map.of("x-goog-api-key", Contenders.API_KEY)) {

		@Override
		String url(String root, boolean stream) {
			return root + "/v1beta/models/" + model()
					+ ((stream) ? ":streamGenerateContent?alt=sse" : ":generateContent");
		}

		@Override
		ObjectNode body(JsonMapper json, boolean stream) {
			ObjectNode body = json.createObjectNode();
			body.putArray("contents")
				.addObject()
				.put("role", "user")
				.putArray("parts")
				.addObject()
				.put("text", Contenders.PROMPT);
			body.putObject("generationConfig")
				.put("temperature", Contenders.TEMPERATURE)
				.put("maxOutputTokens", Contenders.MAX_TOKENS);
			return body;
		}

		@Override
		String text(JsonNode reply) {
			return deltaText(reply);
		}

		@Override
		String deltaText(JsonNode chunk) {
			JsonNode candidates = chunk.get("candidates");
			if (candidates == null || candidates.isEmpty()) {
				return null;
			}
			StringBuilder text = new StringBuilder();
			for (JsonNode part : candidates.get(0).get("content").get("parts")) {
				JsonNode partText = part.get("text");
				if (partText != null) {
					text.append(partText.asString());
				}
			}
			return text.toString();
		}

	};

	private final String model;

	private final Map<String, String> headers;

	FloorWire(String model, Map<String, String> headers) {
		this.model = model;
		this.headers = headers;
	}

	String model() {
		return this.model;
	}

	Map<String, String> headers() {
		return this.headers;
	}

	abstract String url(String root, boolean stream);

	abstract ObjectNode body(JsonMapper json, boolean stream);

	abstract String text(JsonNode reply);

	abstract String deltaText(JsonNode chunk);

	/**
	 * Read an SSE body to its end, parse every {@code data:} line but OpenAI's {@code [DONE]} and collect the
	 * text deltas.
	 */
	String readStream(InputStream body, JsonMapper json, FirstDelta probe) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
		StringBuilder text = new StringBuilder();
		String line;
		while ((line = reader.readLine()) != null) {
			if (!line.startsWith("data:")) {
				continue;
			}
			String data = line.substring((line.length() > 5 && line.charAt(5) == ' ') ? 6 : 5);
			if (data.equals("[DONE]")) {
				continue;
			}
			String delta = deltaText(json.readTree(data));
			if (delta != null && !delta.isEmpty()) {
				probe.delta();
				text.append(delta);
			}
		}
		return text.toString();
	}

}
