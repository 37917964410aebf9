package io.github.llmkit.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for llmkit: one client per entry of {@code llm.providers}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("llm")
public class LlmProperties {

	/**
	 * Name of the provider entry whose client is the primary LlmClient bean. Optional when only one entry is
	 * configured.
	 */
	private String defaultProvider;

	/**
	 * Provider entries by client name; each name becomes the name of an LlmClient bean, and each entry sets that
	 * client's type, api-key, base-url, model, timeouts, retries and rate limit.
	 */
	private final Map<String, Provider> providers = new LinkedHashMap<>();

	private final Tools tools = new Tools();

	private final Dotenv dotenv = new Dotenv();

	public String getDefaultProvider() {
		return this.defaultProvider;
	}

	public void setDefaultProvider(String defaultProvider) {
		this.defaultProvider = defaultProvider;
	}

	public Map<String, Provider> getProviders() {
		return this.providers;
	}

	public Tools getTools() {
		return this.tools;
	}

	public Dotenv getDotenv() {
		return this.dotenv;
	}

	/**
	 * Settings of one client.
	 */
	public static class Provider {

		/**
		 * Provider type: openai, claude, gemini, grok, groq, openrouter, ollama, deepseek or mistral. Defaults to
		 * the entry name when that name is a provider type.
		 */
		private String type;

		/**
		 * API key. Required by every provider type except ollama.
		 */
		private String apiKey;

		/**
		 * Base URL of the provider's API, replacing the provider type's default.
		 */
		private String baseUrl;

		/**
		 * Chat model used when a call names none. Defaults to the provider type's default model.
		 */
		private String model;

		/**
		 * Sampling temperature used when a call sets none, from 0 to 2.
		 */
		private Double temperature = 0.7;

		/**
		 * Maximum number of output tokens used when a call sets none.
		 */
		private Integer maxTokens = 1024;

		/**
		 * Longest wait for a response and between two of its bytes.
		 */
		private Duration timeout = Duration.ofSeconds(120);

		/**
		 * Longest wait for a connection to be established.
		 */
		private Duration connectTimeout = Duration.ofSeconds(10);

		/**
		 * Longest silence allowed between two chunks of a stream.
		 */
		private Duration streamIdleTimeout = Duration.ofSeconds(60);

		/**
		 * Number of extra attempts after a retryable failure.
		 */
		private int retries = 3;

		/**
		 * Delay before the first retry, doubled for each further retry.
		 */
		private Duration retryDelay = Duration.ofSeconds(1);

		/**
		 * Extra HTTP headers sent with every request.
		 */
		private final Map<String, String> customHeaders = new LinkedHashMap<>();

		/**
		 * Embedding model used when a call names none. Defaults to the provider type's embedding model.
		 */
		private String embeddingModel;

		/**
		 * URL of the application, sent for attribution where the provider supports it (OpenRouter
		 * HTTP-Referer).
		 */
		private String appUrl;

		/**
		 * Title of the application, sent for attribution where the provider supports it (OpenRouter X-Title).
		 */
		private String appTitle;

		/**
		 * Whether request and response bodies are logged at DEBUG level, with secrets redacted.
		 */
		private boolean logRequests;

		private final RateLimit rateLimit = new RateLimit();

		public String getType() {
			return this.type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getApiKey() {
			return this.apiKey;
		}

		public void setApiKey(String apiKey) {
			this.apiKey = apiKey;
		}

		public String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public String getModel() {
			return this.model;
		}

		public void setModel(String model) {
			this.model = model;
		}

		public Double getTemperature() {
			return this.temperature;
		}

		public void setTemperature(Double temperature) {
			this.temperature = temperature;
		}

		public Integer getMaxTokens() {
			return this.maxTokens;
		}

		public void setMaxTokens(Integer maxTokens) {
			this.maxTokens = maxTokens;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getStreamIdleTimeout() {
			return this.streamIdleTimeout;
		}

		public void setStreamIdleTimeout(Duration streamIdleTimeout) {
			this.streamIdleTimeout = streamIdleTimeout;
		}

		public int getRetries() {
			return this.retries;
		}

		public void setRetries(int retries) {
			this.retries = retries;
		}

		public Duration getRetryDelay() {
			return this.retryDelay;
		}

		public void setRetryDelay(Duration retryDelay) {
			this.retryDelay = retryDelay;
		}

		public Map<String, String> getCustomHeaders() {
			return this.customHeaders;
		}

		public String getEmbeddingModel() {
			return this.embeddingModel;
		}

		public void setEmbeddingModel(String embeddingModel) {
			this.embeddingModel = embeddingModel;
		}

		public String getAppUrl() {
			return this.appUrl;
		}

		public void setAppUrl(String appUrl) {
			this.appUrl = appUrl;
		}

		public String getAppTitle() {
			return this.appTitle;
		}

		public void setAppTitle(String appTitle) {
			this.appTitle = appTitle;
		}

		public boolean isLogRequests() {
			return this.logRequests;
		}

		public void setLogRequests(boolean logRequests) {
			this.logRequests = logRequests;
		}

		public RateLimit getRateLimit() {
			return this.rateLimit;
		}

		@Override
		public String toString() {
			return "Provider[type=" + this.type + ", apiKey=" + ((this.apiKey != null) ? "******" : "<none>")
					+ ", baseUrl=" + this.baseUrl + ", model=" + this.model + "]";
		}

	}

	/**
	 * Client-side rate limit of one client.
	 */
	public static class RateLimit {

		/**
		 * Maximum number of requests per minute. Unlimited when not set.
		 */
		private Integer requestsPerMinute;

		/**
		 * Maximum number of input plus output tokens per minute. Unlimited when not set.
		 */
		private Integer tokensPerMinute;

		public Integer getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(Integer requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

		public Integer getTokensPerMinute() {
			return this.tokensPerMinute;
		}

		public void setTokensPerMinute(Integer tokensPerMinute) {
			this.tokensPerMinute = tokensPerMinute;
		}

	}

	/**
	 * Settings of the tool loop.
	 */
	public static class Tools {

		/**
		 * Maximum number of rounds in one tool loop, each round running the tools the model asked for.
		 */
		private int maxIterations = 8;

		public int getMaxIterations() {
			return this.maxIterations;
		}

		public void setMaxIterations(int maxIterations) {
			this.maxIterations = maxIterations;
		}

	}

	/**
	 * Settings of the .env file support.
	 */
	public static class Dotenv {

		/**
		 * Whether a .env file in the working directory is loaded as a property source of lowest precedence.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
