package io.github.llmkit.chat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-call settings. A null field means "inherit": from the client's {@link io.github.llmkit.ClientConfig}, or
 * the provider's default. Merged over the client's defaults by {@link #orElse(ChatOptions)}.
 *
 * @param model the model id
 * @param temperature sampling temperature
 * @param maxTokens the maximum number of output tokens
 * @param topP nucleus sampling probability
 * @param stop stop sequences; OpenAI's reasoning models (o-series, {@code gpt-5}) reject them, so they are not sent
 * there (logged at DEBUG)
 * @param seed a seed for best-effort determinism; Claude takes none
 * @param thinkingBudget token budget for extended thinking; Claude and Gemini only
 * @param reasoningEffort reasoning effort for reasoning models ({@code low}, {@code medium}, {@code high}, ...);
 * OpenAI-compatible providers only, and for OpenAI itself only its reasoning models
 * @param responseFormat the required answer format
 * @param toolChoice whether and which tool the model must call; Ollama has no such field and decides itself
 * @param extraBody extra top-level fields added to the request body as-is, winning over generated ones; the
 * fields that carry the model, the conversation and the streaming mode ({@code model}, {@code messages},
 * {@code system}, {@code contents}, {@code systemInstruction}, {@code stream}) are rejected
 * @param timeout the deadline of this call, counted from its start: retries, backoff and rate-limit waits and
 * the wait for a pooled connection included; for a stream it bounds the time until the stream is open (see
 * {@link io.github.llmkit.ClientConfig#streamTimeout()} for a limit of the whole stream)
 * @param retries extra attempts of this call on retryable failures
 * @param cancellation a handle that stops this call from another thread, or null
 * @since 0.1.0
 */
public record ChatOptions(String model, Double temperature, Integer maxTokens, Double topP, List<String> stop,
		Long seed, Integer thinkingBudget, String reasoningEffort, ResponseFormat responseFormat,
		ToolChoice toolChoice, Map<String, Object> extraBody, Duration timeout, Integer retries,
		Cancellation cancellation) {

	private static final Set<String> RESERVED_BODY_FIELDS = Set.of("model", "messages", "system", "contents",
			"systemInstruction", "stream");

	private static final ChatOptions EMPTY = builder().build();

	/**
	 * Create options, copying collections and validating every value.
	 * @throws IllegalArgumentException naming the first invalid field
	 */
	public ChatOptions {
		requireNotBlank("model", model);
		requireNotBlank("reasoningEffort", reasoningEffort);
		stop = (stop != null) ? copyStop(stop) : null;
		extraBody = (extraBody != null) ? copyExtraBody(extraBody) : null;
		if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
			throw new IllegalArgumentException("'temperature' must be between 0 and 2, was " + temperature);
		}
		if (maxTokens != null && maxTokens <= 0) {
			throw new IllegalArgumentException("'maxTokens' must be positive, was " + maxTokens);
		}
		if (topP != null && !(topP >= 0 && topP <= 1)) {
			throw new IllegalArgumentException("'topP' must be between 0 and 1, was " + topP);
		}
		if (thinkingBudget != null && thinkingBudget < 0) {
			throw new IllegalArgumentException("'thinkingBudget' must not be negative, was " + thinkingBudget);
		}
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			throw new IllegalArgumentException("'timeout' must be positive, was " + timeout);
		}
		if (retries != null && retries < 0) {
			throw new IllegalArgumentException("'retries' must not be negative, was " + retries);
		}
	}

	private static void requireNotBlank(String name, String value) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
	}

	private static List<String> copyStop(List<String> stop) {
		for (int i = 0; i < stop.size(); i++) {
			String sequence = stop.get(i);
			if (sequence == null || sequence.isEmpty()) {
				throw new IllegalArgumentException(
						"'stop[" + i + "]' must not be " + ((sequence == null) ? "null" : "empty"));
			}
		}
		return List.copyOf(stop);
	}

	private static Map<String, Object> copyExtraBody(Map<String, Object> extraBody) {
		for (Map.Entry<String, Object> entry : extraBody.entrySet()) {
			String field = entry.getKey();
			if (field == null || field.isBlank()) {
				throw new IllegalArgumentException("'extraBody' must not contain a null or blank field name");
			}
			if (RESERVED_BODY_FIELDS.contains(field)) {
				throw new IllegalArgumentException("'extraBody' must not set '" + field
						+ "': the client sets the model, the conversation and the streaming mode itself; use "
						+ "ChatOptions.model or the messages instead");
			}
			if (entry.getValue() == null) {
				throw new IllegalArgumentException(
						"'extraBody." + field + "' must not be null; send a JSON null as NullNode.getInstance()");
			}
		}
		return Map.copyOf(extraBody);
	}

	/**
	 * Return options that set nothing.
	 * @return the empty options
	 */
	public static ChatOptions none() {
		return EMPTY;
	}

	/**
	 * Create a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create a builder initialised with these options.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Return options whose unset fields are taken from {@code defaults}; {@code extraBody} maps are merged
	 * with these options winning.
	 * @param defaults the fallback layer, may be null
	 * @return the merged options
	 */
	public ChatOptions orElse(ChatOptions defaults) {
		if (defaults == null || defaults == EMPTY) {
			return this;
		}
		Map<String, Object> extra = this.extraBody;
		if (defaults.extraBody != null) {
			Map<String, Object> merged = new LinkedHashMap<>(defaults.extraBody);
			if (this.extraBody != null) {
				merged.putAll(this.extraBody);
			}
			extra = merged;
		}
		return new ChatOptions(pick(this.model, defaults.model), pick(this.temperature, defaults.temperature),
				pick(this.maxTokens, defaults.maxTokens), pick(this.topP, defaults.topP),
				pick(this.stop, defaults.stop), pick(this.seed, defaults.seed),
				pick(this.thinkingBudget, defaults.thinkingBudget),
				pick(this.reasoningEffort, defaults.reasoningEffort),
				pick(this.responseFormat, defaults.responseFormat), pick(this.toolChoice, defaults.toolChoice), extra,
				pick(this.timeout, defaults.timeout), pick(this.retries, defaults.retries),
				pick(this.cancellation, defaults.cancellation));
	}

	private static <T> T pick(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	/**
	 * Builds {@link ChatOptions}. Every setting defaults to null (inherit). Not thread-safe.
	 *
	 * @since 0.1.0
	 */
	public static final class Builder {

		private String model;

		private Double temperature;

		private Integer maxTokens;

		private Double topP;

		private List<String> stop;

		private Long seed;

		private Integer thinkingBudget;

		private String reasoningEffort;

		private ResponseFormat responseFormat;

		private ToolChoice toolChoice;

		private Map<String, Object> extraBody;

		private Duration timeout;

		private Integer retries;

		private Cancellation cancellation;

		private Builder() {
		}

		private Builder(ChatOptions options) {
			this.model = options.model;
			this.temperature = options.temperature;
			this.maxTokens = options.maxTokens;
			this.topP = options.topP;
			this.stop = options.stop;
			this.seed = options.seed;
			this.thinkingBudget = options.thinkingBudget;
			this.reasoningEffort = options.reasoningEffort;
			this.responseFormat = options.responseFormat;
			this.toolChoice = options.toolChoice;
			this.extraBody = options.extraBody;
			this.timeout = options.timeout;
			this.retries = options.retries;
			this.cancellation = options.cancellation;
		}

		/**
		 * Set the model id (not blank); defaults to the client's model.
		 * @param model the model id
		 * @return this builder
		 */
		public Builder model(String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set the sampling temperature (0 to 2); defaults to the client's. Ignored for models that reject it.
		 * @param temperature the temperature
		 * @return this builder
		 */
		public Builder temperature(Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set the maximum number of output tokens (positive); defaults to the client's.
		 * @param maxTokens the limit
		 * @return this builder
		 */
		public Builder maxTokens(Integer maxTokens) {
			this.maxTokens = maxTokens;
			return this;
		}

		/**
		 * Set the nucleus sampling probability (0 to 1); not sent when unset.
		 * @param topP the probability
		 * @return this builder
		 */
		public Builder topP(Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set stop sequences (no null or empty element); none when unset. Not sent to OpenAI's reasoning models,
		 * which reject them.
		 * @param stop the sequences
		 * @return this builder
		 */
		public Builder stop(List<String> stop) {
			this.stop = stop;
			return this;
		}

		/**
		 * Set a seed for best-effort determinism; not sent when unset, nor to Claude, which takes none.
		 * @param seed the seed
		 * @return this builder
		 */
		public Builder seed(Long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Set the extended-thinking token budget; thinking is off when unset. Sent to Claude and Gemini only;
		 * OpenAI-compatible reasoning models take {@link #reasoningEffort(String)} instead.
		 * @param thinkingBudget the budget
		 * @return this builder
		 */
		public Builder thinkingBudget(Integer thinkingBudget) {
			this.thinkingBudget = thinkingBudget;
			return this;
		}

		/**
		 * Set the reasoning effort (not blank); the provider's default when unset. Sent to OpenAI-compatible
		 * providers only, and for OpenAI itself only with its reasoning models (o-series, gpt-5).
		 * @param reasoningEffort the effort, such as {@code low}, {@code medium} or {@code high}
		 * @return this builder
		 */
		public Builder reasoningEffort(String reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Set the required answer format; free text when unset.
		 * @param responseFormat the format
		 * @return this builder
		 */
		public Builder responseFormat(ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Set whether and which tool the model must call; the provider's default (auto) when unset. Ollama takes no
		 * tool choice and always decides itself.
		 * @param toolChoice the choice
		 * @return this builder
		 */
		public Builder toolChoice(ToolChoice toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Set extra top-level request body fields, sent as-is and winning over generated ones; none when unset.
		 * Null values and the fields the client owns ({@code model}, {@code messages}, {@code stream}, ...) are
		 * rejected by {@link #build()}.
		 * @param extraBody field names to JSON-serialisable values
		 * @return this builder
		 */
		public Builder extraBody(Map<String, Object> extraBody) {
			this.extraBody = extraBody;
			return this;
		}

		/**
		 * Set the deadline of the call (positive), counted from its start and covering retries and every wait;
		 * for a stream, the time until it is open; defaults to the client's.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the number of extra attempts on retryable failures (not negative); defaults to the client's.
		 * @param retries the number of retries
		 * @return this builder
		 */
		public Builder retries(Integer retries) {
			this.retries = retries;
			return this;
		}

		/**
		 * Set a handle whose {@link Cancellation#cancel()} stops the call from another thread; none by default.
		 * @param cancellation the handle, used for one call
		 * @return this builder
		 */
		public Builder cancellation(Cancellation cancellation) {
			this.cancellation = cancellation;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value is out of range
		 */
		public ChatOptions build() {
			return new ChatOptions(this.model, this.temperature, this.maxTokens, this.topP, this.stop, this.seed,
					this.thinkingBudget, this.reasoningEffort, this.responseFormat, this.toolChoice, this.extraBody,
					this.timeout, this.retries, this.cancellation);
		}

	}

}
