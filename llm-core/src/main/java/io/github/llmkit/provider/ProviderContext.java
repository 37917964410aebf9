package io.github.llmkit.provider;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmTransportException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.http.CallSettings;
import io.github.llmkit.http.HttpTransport;
import io.github.llmkit.chat.ChatOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a wire family needs to serve one client: its identity, config, resolved base URL, transport and JSON
 * mapper.
 *
 * @param clientName the client's name, for errors
 * @param type the provider type
 * @param config the client's config
 * @param baseUrl the base URL without a trailing slash (config or provider default)
 * @param transport the client's transport
 * @param json the shared JSON mapper
 * @since 0.1.0
 */
public record ProviderContext(String clientName, ProviderType type, ClientConfig config, String baseUrl,
		HttpTransport transport, JsonMapper json) {

	/**
	 * Return the transport settings of a call with merged options.
	 * @param options the merged options
	 * @return the settings
	 */
	public CallSettings settings(ChatOptions options) {
		return new CallSettings((options.timeout() != null) ? options.timeout() : this.config.timeout(),
				(options.retries() != null) ? options.retries() : this.config.retries());
	}

	/**
	 * Return the transport settings of a call without options (model listing, embeddings).
	 * @return the client's settings
	 */
	public CallSettings defaultSettings() {
		return new CallSettings(this.config.timeout(), this.config.retries());
	}

	/**
	 * Parse a successful response body that must be a JSON object.
	 * @param body the body bytes
	 * @param operation the operation, for the error message
	 * @return the object
	 * @throws LlmTransportException naming this client when the body is malformed or not an object
	 */
	public JsonNode readObject(byte[] body, String operation) {
		try {
			JsonNode root = this.json.readTree(body);
			if (root == null || !root.isObject()) {
				throw new LlmTransportException(this.clientName,
						this.clientName + " answered " + operation + " with a body that is not a JSON object", null, false);
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new LlmTransportException(this.clientName,
					this.clientName + " answered " + operation + " with malformed JSON: " + ex.getOriginalMessage(), ex,
					false);
		}
	}

}
