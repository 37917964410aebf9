package io.github.llmkit;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.http.Sleeper;
import io.github.llmkit.observation.ClientEventListener;
import io.github.llmkit.ratelimit.RateLimiter;

/**
 * The settings of one client. Build with {@link #builder()}; derive variants with {@link #toBuilder()}. Neither
 * the API key nor any header value appears in {@link #toString()}.
 *
 * @param name the client's name, used in errors, logs and metrics
 * @param apiKey the API key, or null for providers that need none
 * @param model the default chat model, or null for the provider's default
 * @param baseUrl the API base URL, or null for the provider's default
 * @param temperature the default sampling temperature
 * @param maxTokens the default output token limit
 * @param timeout the whole-request timeout
 * @param connectTimeout the connect timeout
 * @param streamIdleTimeout the longest silence allowed between two stream chunks
 * @param retries extra attempts on retryable failures
 * @param retryDelay the first backoff delay, doubled on each retry
 * @param maxRetryDelay the cap of a backoff delay and of a server-requested delay
 * @param headers extra HTTP headers sent on every request; they win over the client's own headers (such as
 * authentication) of the same name
 * @param embeddingModel the default embedding model, or null for the provider's default
 * @param appUrl the application URL sent as {@code HTTP-Referer} where the provider supports attribution
 * @param appTitle the application title sent as {@code X-Title} where the provider supports attribution
 * @param maxConnections the size of the connection pool
 * @param logRequests whether request and response bodies are logged at DEBUG, with secrets redacted
 * @param rateLimiter the rate limiter applied before each request, or null for none
 * @param eventListener receives retry and rate-limit events
 * @param sleeper waits between retries
 * @since 0.1.0
 */
public record ClientConfig(String name, String apiKey, String model, String baseUrl, Double temperature,
		Integer maxTokens, Duration timeout, Duration connectTimeout, Duration streamIdleTimeout, int retries,
		Duration retryDelay, Duration maxRetryDelay, Map<String, String> headers, String embeddingModel,
		String appUrl, String appTitle, int maxConnections, boolean logRequests, RateLimiter rateLimiter,
		ClientEventListener eventListener, Sleeper sleeper) {

	private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	private static final Set<String> TRANSPORT_HEADERS = Set.of("accept", "content-type", "content-length",
			"transfer-encoding", "host", "connection");

	private static final Pattern API_KEY = Pattern.compile("[\\x21-\\x7E]+");

	/** The default temperature, as in the seed library. */
	public static final double DEFAULT_TEMPERATURE = 0.7;

	/** The default output token limit. */
	public static final int DEFAULT_MAX_TOKENS = 1024;

	/** The default whole-request timeout. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

	/** The default number of retries. */
	public static final int DEFAULT_RETRIES = 3;

	/** The default first retry delay. */
	public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);

	/**
	 * Create a config, validating every value; prefer {@link #builder()}.
	 * @throws IllegalArgumentException naming the first invalid setting
	 */
	public ClientConfig {
		headers = (headers != null) ? checkHeaders(headers) : Map.of();
		eventListener = (eventListener != null) ? eventListener : ClientEventListener.NONE;
		sleeper = (sleeper != null) ? sleeper : Sleeper.SYSTEM;
		requireNotBlank("name", name);
		requireNotBlank("model", model);
		requireNotBlank("embeddingModel", embeddingModel);
		if (apiKey != null && !apiKey.isBlank() && !API_KEY.matcher(apiKey).matches()) {
			throw new IllegalArgumentException("'apiKey' must not contain whitespace or control characters");
		}
		requireHeaderValue("appUrl", appUrl);
		requireHeaderValue("appTitle", appTitle);
		if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
			throw new IllegalArgumentException("'temperature' must be between 0 and 2, was " + temperature);
		}
		if (maxTokens != null && maxTokens <= 0) {
			throw new IllegalArgumentException("'maxTokens' must be positive, was " + maxTokens);
		}
		requirePositive("timeout", timeout);
		requirePositive("connectTimeout", connectTimeout);
		requirePositive("streamIdleTimeout", streamIdleTimeout);
		requirePositive("retryDelay", retryDelay);
		requirePositive("maxRetryDelay", maxRetryDelay);
		if (retries < 0) {
			throw new IllegalArgumentException("'retries' must not be negative, was " + retries);
		}
		if (maxConnections <= 0) {
			throw new IllegalArgumentException("'maxConnections' must be positive, was " + maxConnections);
		}
		if (baseUrl != null) {
			baseUrl = checkBaseUrl(baseUrl);
		}
	}

	private static void requireNotBlank(String name, String value) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
	}

	private static void requireHeaderValue(String name, String value) {
		if (value == null) {
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\r' || c == '\n') {
				throw new IllegalArgumentException("'" + name + "' must not contain a line break");
			}
			if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
				throw new IllegalArgumentException("'" + name + "' must not contain the control or line separator "
						+ "character U+" + String.format("%04X", (int) c) + " (at index " + i + ")");
			}
		}
	}

	private static Map<String, String> checkHeaders(Map<String, String> headers) {
		Map<String, String> seen = new HashMap<>();
		for (Map.Entry<String, String> header : headers.entrySet()) {
			String name = header.getKey();
			if (name == null || !HEADER_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("'headers' must not contain the invalid header name '" + name + "'");
			}
			if (header.getValue() == null) {
				throw new IllegalArgumentException("'headers." + name + "' must not be null");
			}
			requireHeaderValue("headers." + name, header.getValue());
			if (TRANSPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("'headers' must not set '" + name
						+ "': the client sets it for each request");
			}
			String other = seen.put(name.toLowerCase(Locale.ROOT), name);
			if (other != null) {
				throw new IllegalArgumentException(
						"'headers' must not set one header twice, was '" + other + "' and '" + name + "'");
			}
		}
		return Map.copyOf(headers);
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("'" + name + "' must be a positive duration, was " + value);
		}
	}

	private static String checkBaseUrl(String baseUrl) {
		String trimmed = baseUrl.trim();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			URI uri = new URI(trimmed);
			String scheme = uri.getScheme();
			if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				throw new IllegalArgumentException(
						"'baseUrl' must be an absolute http or https URL, was '" + baseUrl + "'");
			}
			if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getRawFragment() != null) {
				throw new IllegalArgumentException(
						"'baseUrl' must not contain user info, a query or a fragment; set the key with 'apiKey'");
			}
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalArgumentException("'baseUrl' is not a valid URL: " + ex.getReason());
		}
		return trimmed;
	}

	/**
	 * Create a builder with the defaults: temperature 0.7, max tokens 1024, timeout 120 s, connect timeout
	 * 10 s, stream idle timeout 60 s, 3 retries from 1 s capped at 30 s, a pool of 20 connections.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create a builder initialised with this config.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Return the per-call defaults this config implies (model, temperature, max tokens, timeout, retries), the
	 * layer under which {@link ChatOptions} are merged.
	 * @return the default options
	 */
	public ChatOptions defaultOptions() {
		return ChatOptions.builder()
			.model(this.model)
			.temperature(this.temperature)
			.maxTokens(this.maxTokens)
			.timeout(this.timeout)
			.retries(this.retries)
			.build();
	}

	/**
	 * Return whether an API key is set.
	 * @return true for a non-blank key
	 */
	public boolean hasApiKey() {
		return this.apiKey != null && !this.apiKey.isBlank();
	}

	@Override
	public String toString() {
		return "ClientConfig[name=" + this.name + ", apiKey=" + ((hasApiKey()) ? "******" : "<none>") + ", model="
				+ this.model + ", baseUrl=" + this.baseUrl + ", temperature=" + this.temperature + ", maxTokens="
				+ this.maxTokens + ", timeout=" + this.timeout + ", retries=" + this.retries + ", headers="
				+ this.headers.keySet() + ", embeddingModel=" + this.embeddingModel + "]";
	}

	/**
	 * Builds a {@link ClientConfig}. Not thread-safe; values are checked in {@link #build()}.
	 *
	 * @since 0.1.0
	 */
	public static final class Builder {

		private String name;

		private String apiKey;

		private String model;

		private String baseUrl;

		private Double temperature = DEFAULT_TEMPERATURE;

		private Integer maxTokens = DEFAULT_MAX_TOKENS;

		private Duration timeout = DEFAULT_TIMEOUT;

		private Duration connectTimeout = Duration.ofSeconds(10);

		private Duration streamIdleTimeout = Duration.ofSeconds(60);

		private int retries = DEFAULT_RETRIES;

		private Duration retryDelay = DEFAULT_RETRY_DELAY;

		private Duration maxRetryDelay = Duration.ofSeconds(30);

		private Map<String, String> headers = new LinkedHashMap<>();

		private String embeddingModel;

		private String appUrl;

		private String appTitle;

		private int maxConnections = 20;

		private boolean logRequests;

		private RateLimiter rateLimiter;

		private ClientEventListener eventListener;

		private Sleeper sleeper;

		private Builder() {
		}

		private Builder(ClientConfig config) {
			this.name = config.name;
			this.apiKey = config.apiKey;
			this.model = config.model;
			this.baseUrl = config.baseUrl;
			this.temperature = config.temperature;
			this.maxTokens = config.maxTokens;
			this.timeout = config.timeout;
			this.connectTimeout = config.connectTimeout;
			this.streamIdleTimeout = config.streamIdleTimeout;
			this.retries = config.retries;
			this.retryDelay = config.retryDelay;
			this.maxRetryDelay = config.maxRetryDelay;
			this.headers = new LinkedHashMap<>(config.headers);
			this.embeddingModel = config.embeddingModel;
			this.appUrl = config.appUrl;
			this.appTitle = config.appTitle;
			this.maxConnections = config.maxConnections;
			this.logRequests = config.logRequests;
			this.rateLimiter = config.rateLimiter;
			this.eventListener = config.eventListener;
			this.sleeper = config.sleeper;
		}

		/**
		 * Set the client's name; defaults to the provider id.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the API key (no whitespace or control characters); required by every provider but Ollama.
		 * @param apiKey the key, or null or blank for none
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Set the default chat model (not blank); defaults to the provider's default model.
		 * @param model the model id
		 * @return this builder
		 */
		public Builder model(String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set the API base URL (absolute http or https, no query); defaults to the provider's URL.
		 * @param baseUrl the base URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Set the default temperature (0 to 2, or null to send none); defaults to 0.7.
		 * @param temperature the temperature
		 * @return this builder
		 */
		public Builder temperature(Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set the default output token limit (positive); defaults to 1024.
		 * @param maxTokens the limit
		 * @return this builder
		 */
		public Builder maxTokens(Integer maxTokens) {
			this.maxTokens = maxTokens;
			return this;
		}

		/**
		 * Set the whole-request timeout (positive); defaults to 120 seconds.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the connect timeout (positive); defaults to 10 seconds.
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		/**
		 * Set the longest silence allowed between stream chunks (positive); defaults to 60 seconds.
		 * @param streamIdleTimeout the timeout
		 * @return this builder
		 */
		public Builder streamIdleTimeout(Duration streamIdleTimeout) {
			this.streamIdleTimeout = streamIdleTimeout;
			return this;
		}

		/**
		 * Set the number of extra attempts on retryable failures (not negative); defaults to 3.
		 * @param retries the number of retries
		 * @return this builder
		 */
		public Builder retries(int retries) {
			this.retries = retries;
			return this;
		}

		/**
		 * Set the first backoff delay, doubled per retry with jitter (positive); defaults to 1 second.
		 * @param retryDelay the delay
		 * @return this builder
		 */
		public Builder retryDelay(Duration retryDelay) {
			this.retryDelay = retryDelay;
			return this;
		}

		/**
		 * Set the cap of any retry delay, including server-requested ones (positive); defaults to 30 seconds.
		 * @param maxRetryDelay the cap
		 * @return this builder
		 */
		public Builder maxRetryDelay(Duration maxRetryDelay) {
			this.maxRetryDelay = maxRetryDelay;
			return this;
		}

		/**
		 * Add an HTTP header sent on every request, replacing the client's own header of that name (matched
		 * ignoring case), such as {@code Authorization}; none by default. The framing headers ({@code Accept},
		 * {@code Content-Type}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Host},
		 * {@code Connection}) are rejected. No value appears in {@link #toString()}, and request logs mask values
		 * of credential-like headers (names mentioning auth, key, token, secret and the like).
		 * @param name the header name, an HTTP token
		 * @param value the header value, without line breaks
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/**
		 * Replace the extra HTTP headers, each as {@link #header(String, String)} adds one; none by default.
		 * @param headers header names to values, or null for none
		 * @return this builder
		 */
		public Builder headers(Map<String, String> headers) {
			this.headers = new LinkedHashMap<>((headers != null) ? headers : Map.of());
			return this;
		}

		/**
		 * Set the default embedding model (not blank); defaults to the provider's embedding model.
		 * @param embeddingModel the model id
		 * @return this builder
		 */
		public Builder embeddingModel(String embeddingModel) {
			this.embeddingModel = embeddingModel;
			return this;
		}

		/**
		 * Set the application URL for provider attribution (OpenRouter {@code HTTP-Referer}); none by default.
		 * @param appUrl the URL
		 * @return this builder
		 */
		public Builder appUrl(String appUrl) {
			this.appUrl = appUrl;
			return this;
		}

		/**
		 * Set the application title for provider attribution (OpenRouter {@code X-Title}); none by default.
		 * @param appTitle the title
		 * @return this builder
		 */
		public Builder appTitle(String appTitle) {
			this.appTitle = appTitle;
			return this;
		}

		/**
		 * Set the connection pool size (positive); defaults to 20.
		 * @param maxConnections the pool size
		 * @return this builder
		 */
		public Builder maxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
			return this;
		}

		/**
		 * Set whether request and response bodies are logged at DEBUG with secrets redacted; defaults to false.
		 * @param logRequests whether to log
		 * @return this builder
		 */
		public Builder logRequests(boolean logRequests) {
			this.logRequests = logRequests;
			return this;
		}

		/**
		 * Set the rate limiter applied before every request; none by default.
		 * @param rateLimiter the limiter
		 * @return this builder
		 */
		public Builder rateLimiter(RateLimiter rateLimiter) {
			this.rateLimiter = rateLimiter;
			return this;
		}

		/**
		 * Set the listener for retry and rate-limit events; none by default.
		 * @param eventListener the listener
		 * @return this builder
		 */
		public Builder eventListener(ClientEventListener eventListener) {
			this.eventListener = eventListener;
			return this;
		}

		/**
		 * Set how the client waits between retries; defaults to sleeping the calling thread.
		 * @param sleeper the sleeper
		 * @return this builder
		 */
		public Builder sleeper(Sleeper sleeper) {
			this.sleeper = sleeper;
			return this;
		}

		/**
		 * Build the config.
		 * @return the config
		 * @throws IllegalArgumentException naming the first invalid setting
		 */
		public ClientConfig build() {
			return new ClientConfig(this.name, this.apiKey, this.model, this.baseUrl, this.temperature,
					this.maxTokens, this.timeout, this.connectTimeout, this.streamIdleTimeout, this.retries,
					this.retryDelay, this.maxRetryDelay, this.headers, this.embeddingModel, this.appUrl,
					this.appTitle, this.maxConnections, this.logRequests, this.rateLimiter, this.eventListener,
					this.sleeper);
		}

	}

}
