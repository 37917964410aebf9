package io.github.llmkit.benchmarks.contender;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The floor of the tool loop, written by hand on Apache HttpClient 5 and Jackson 3: send the tools, run each
 * requested call, append the assistant turn and the results, ask again, read the answer.
 *
 * @since 0.1.0
 */
public final class ApacheToolLoop implements ToolLoopContender {

	private final String url;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ArrayNode tools;

	private final CloseableHttpClient client;

	/**
	 * Create the floor pointed at the tool-loop route of the benchmark server.
	 * @param baseUrl the OpenAI base URL of the tool-loop route
	 */
	public ApacheToolLoop(String baseUrl) {
		this.url = baseUrl + "/chat/completions";
		this.tools = this.json.createArrayNode();
		ObjectNode function = this.tools.addObject().put("type", "function").putObject("function");
		function.put("name", WeatherTool.NAME).put("description", WeatherTool.DESCRIPTION);
		function.set("parameters", this.json.readTree(WeatherTool.SCHEMA));
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(Contenders.MAX_CONNECTIONS)
				.setMaxConnPerRoute(Contenders.MAX_CONNECTIONS)
				.build())
			.disableAutomaticRetries()
			.build();
	}

	@Override
	public String toolLoop() {
		ArrayNode messages = this.json.createArrayNode();
		messages.addObject().put("role", "user").put("content", Contenders.PROMPT);
		for (int round = 0; round < 8; round++) {
			JsonNode message = send(messages).get("choices").get(0).get("message");
			JsonNode calls = message.get("tool_calls");
			if (calls == null || calls.isEmpty()) {
				return message.get("content").asString();
			}
			messages.add(message);
			for (JsonNode call : calls) {
				JsonNode function = call.get("function");
				Object result = WeatherTool.weather(this.json.readTree(function.get("arguments").asString()));
				messages.addObject()
					.put("role", "tool")
					.put("tool_call_id", call.get("id").asString())
					.put("content", this.json.writeValueAsString(result));
			}
		}
		throw new IllegalStateException("The model still asks for tools after 8 rounds");
	}

	private JsonNode send(ArrayNode messages) {
		ObjectNode body = this.json.createObjectNode();
		body.put("model", Contenders.OPENAI_MODEL);
		body.set("messages", messages);
		body.put("max_completion_tokens", Contenders.MAX_TOKENS);
		body.put("temperature", Contenders.TEMPERATURE);
		body.set("tools", this.tools);
		HttpPost post = new HttpPost(this.url);
		post.setHeader("Authorization", "Bearer " + Contenders.API_KEY);
		post.setHeader("Accept", "application/json");
		post.setEntity(new ByteArrayEntity(this.json.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
		try (ClassicHttpResponse response = this.client.executeOpen(null, post, null)) {
			Contenders.requireOk(response.getCode());
			return this.json.readTree(EntityUtils.toByteArray(response.getEntity()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.client.close(CloseMode.IMMEDIATE);
	}

}
