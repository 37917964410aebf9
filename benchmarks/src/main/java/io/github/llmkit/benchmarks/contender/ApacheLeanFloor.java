package io.github.llmkit.benchmarks.contender;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The lean floor: Apache HttpClient 5 (classic) and Jackson's streaming API, no tree anywhere. The request
 * body is written with a {@link JsonGenerator}; the reply, and every {@code data:} line of a stream read line
 * by line, is walked with a {@link JsonParser} straight to the text field, skipping everything else. OpenAI
 * wire format only.
 *
 * @since 0.1.0
 */
public final class ApacheLeanFloor implements ChatContender {

	private final String url;

	private final JsonFactory json = new JsonFactory();

	private final CloseableHttpClient client;

	/**
	 * Create the lean floor.
	 * @param root the server's root URL
	 */
	public ApacheLeanFloor(String root) {
		this.url = root + "/v1/chat/completions";
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(Contenders.MAX_CONNECTIONS)
				.setMaxConnPerRoute(Contenders.MAX_CONNECTIONS)
				.build())
			.disableAutomaticRetries()
			.build();
	}

	@Override
	public String chat() {
		try (ClassicHttpResponse response = this.client.executeOpen(null, post(false), null)) {
			Contenders.requireOk(response.getCode());
			try (JsonParser parser = this.json.createParser(EntityUtils.toByteArray(response.getEntity()))) {
				return choiceText(parser, "message");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String stream(FirstDelta probe) {
		try (ClassicHttpResponse response = this.client.executeOpen(null, post(true), null)) {
			Contenders.requireOk(response.getCode());
			return readStream(response.getEntity().getContent(), probe);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String readStream(InputStream body, FirstDelta probe) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
		StringBuilder text = new StringBuilder();
		String line;
		while ((line = reader.readLine()) != null) {
			if (!line.startsWith("data:")) {
				continue;
			}
			int start = (line.length() > 5 && line.charAt(5) == ' ') ? 6 : 5;
			if (line.startsWith("[DONE]", start)) {
				continue;
			}
			String delta;
			try (JsonParser parser = this.json.createParser(line.substring(start))) {
				delta = choiceText(parser, "delta");
			}
			if (delta != null && !delta.isEmpty()) {
				probe.delta();
				text.append(delta);
			}
		}
		return text.toString();
	}

	/**
	 * Return {@code choices[0].<holder>.content} of the object the parser is at, or null.
	 */
	private static String choiceText(JsonParser parser, String holder) {
		String text = null;
		parser.nextToken();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (text == null && value == JsonToken.START_ARRAY && "choices".equals(name)) {
				if (parser.nextToken() == JsonToken.START_OBJECT) {
					text = holderText(parser, holder);
				}
				while (parser.currentToken() != JsonToken.END_ARRAY) {
					parser.nextToken();
					parser.skipChildren();
				}
			}
			else {
				parser.skipChildren();
			}
		}
		return text;
	}

	/**
	 * Walk one choice object to its end and return its {@code <holder>.content} string, or null.
	 */
	private static String holderText(JsonParser parser, String holder) {
		String text = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (value == JsonToken.START_OBJECT && holder.equals(name)) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String field = parser.currentName();
					if (parser.nextToken() == JsonToken.VALUE_STRING && "content".equals(field)) {
						text = parser.getString();
					}
					else {
						parser.skipChildren();
					}
				}
			}
			else {
				parser.skipChildren();
			}
		}
		return text;
	}

	private HttpPost post(boolean stream) {
		HttpPost post = new HttpPost(this.url);
		post.setHeader("Authorization", "Bearer " + Contenders.API_KEY);
		post.setHeader("Accept", (stream) ? "text/event-stream" : "application/json");
		post.setEntity(new ByteArrayEntity(body(stream), ContentType.APPLICATION_JSON));
		return post;
	}

	private byte[] body(boolean stream) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (JsonGenerator generator = this.json.createGenerator(bytes)) {
			generator.writeStartObject();
			generator.writeStringProperty("model", Contenders.OPENAI_MODEL);
			generator.writeName("messages");
			generator.writeStartArray();
			generator.writeStartObject();
			generator.writeStringProperty("role", "user");
			generator.writeStringProperty("content", Contenders.PROMPT);
			generator.writeEndObject();
			generator.writeEndArray();
			generator.writeNumberProperty("max_completion_tokens", Contenders.MAX_TOKENS);
			generator.writeNumberProperty("temperature", Contenders.TEMPERATURE);
			if (stream) {
				generator.writeBooleanProperty("stream", true);
				generator.writeName("stream_options");
				generator.writeStartObject();
				generator.writeBooleanProperty("include_usage", true);
				generator.writeEndObject();
			}
			generator.writeEndObject();
		}
		return bytes.toByteArray();
	}

	@Override
	public void close() {
		this.client.close(CloseMode.IMMEDIATE);
	}

}
