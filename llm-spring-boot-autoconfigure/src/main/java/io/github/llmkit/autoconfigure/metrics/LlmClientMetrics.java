package io.github.llmkit.autoconfigure.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.LlmException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.autoconfigure.observation.LlmObservationContext;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.observation.ClientEventListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Records what LLM clients do as Micrometer meters named after the OpenTelemetry GenAI conventions, and keeps
 * each client's {@link RecentOutcomes}. Tags carry names, models and error types only, never prompt or answer
 * text; a tag whose value is unknown is left out, and {@code error.type} is present only on failure. Unknown
 * token counts are not recorded. Meters are looked up once per tag combination and then reused.
 *
 * @since 0.1.0
 */
public final class LlmClientMetrics implements ClientEventListener {

	/** Timer of every operation. */
	public static final String OPERATION_DURATION = "gen_ai.client.operation.duration";

	/** Distribution of input and output tokens per operation. */
	public static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	/** Timer from the start of a streaming call to its first chunk. */
	public static final String TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";

	/** Timer between two chunks of a streaming call, one record per chunk after the first. */
	public static final String TIME_PER_OUTPUT_CHUNK = "gen_ai.client.operation.time_per_output_chunk";

	/** Counter of retried attempts. */
	public static final String RETRIES = "llm.client.retries";

	/** Timer of waits imposed by a client's rate limiter. */
	public static final String RATE_LIMIT_WAIT = "llm.client.rate_limit.wait";

	private static final Duration[] DURATION_BUCKETS = durations(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28,
			2.56, 5.12, 10.24, 20.48, 40.96, 81.92);

	private static final double[] TOKEN_BUCKETS = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
			4194304, 16777216, 67108864 };

	private final MeterRegistry registry;

	private final Map<String, String> providers = new ConcurrentHashMap<>();

	private final Map<String, RecentOutcomes> outcomes = new ConcurrentHashMap<>();

	private final Map<MeterKey, Meter> meters = new ConcurrentHashMap<>();

	/**
	 * Create the metrics of a registry.
	 * @param registry where meters are registered
	 */
	public LlmClientMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Remember the provider of a client, for the tags of its retries and rate-limit waits.
	 * @param name the client's name
	 * @param type the client's provider type
	 */
	void addClient(String name, ProviderType type) {
		this.providers.put(name, type.telemetryName());
	}

	/**
	 * Return the recent outcomes of a client's calls.
	 * @param name the client's name
	 * @return the outcomes, empty for a client without calls
	 */
	public RecentOutcomes outcomes(String name) {
		return this.outcomes.computeIfAbsent(name, (key) -> new RecentOutcomes());
	}

	@Override
	public void onRetry(String clientName, int attempt, Duration delay, LlmException cause) {
		Counter.builder(RETRIES)
			.description("Attempts repeated after a retryable failure")
			.tags(clientTags(clientName).and("error.type", errorType(cause)))
			.register(this.registry)
			.increment();
	}

	@Override
	public void onRateLimitWait(String clientName, Duration waited) {
		Timer.builder(RATE_LIMIT_WAIT)
			.description("Time calls waited for the client's rate limiter")
			.tags(clientTags(clientName))
			.register(this.registry)
			.record(waited);
	}

	/**
	 * Record the duration of an operation.
	 * @param call the tags known at the start
	 * @param responseModel the model that answered, or null
	 * @param errorType the {@code error.type} of a failure, null on success
	 * @param nanos the duration
	 */
	void recordOperation(Call call, String responseModel, String errorType, long nanos) {
		Timer timer = (Timer) this.meters.computeIfAbsent(
				new MeterKey(OPERATION_DURATION, call, responseModel, errorType, null), this::register);
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * Record the outcome of a client's call for health.
	 * @param clientName the client's name
	 * @param error the failure, null on success
	 */
	void recordOutcome(String clientName, Throwable error) {
		RecentOutcomes recent = outcomes(clientName);
		if (error != null) {
			recent.failure(error);
		}
		else {
			recent.success();
		}
	}

	void recordUsage(Call call, String responseModel, Usage usage) {
		recordTokens(call, responseModel, "input", usage.inputTokens());
		recordTokens(call, responseModel, "output", usage.outputTokens());
	}

	void recordFirstChunk(Call call, long nanos) {
		recordStreamTimer(TIME_TO_FIRST_CHUNK, call, nanos);
	}

	void recordChunkGap(Call call, long nanos) {
		recordStreamTimer(TIME_PER_OUTPUT_CHUNK, call, nanos);
	}

	private void recordStreamTimer(String name, Call call, long nanos) {
		Timer timer = (Timer) this.meters.computeIfAbsent(new MeterKey(name, call, null, null, null), this::register);
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

	private void recordTokens(Call call, String responseModel, String type, Integer count) {
		if (count != null) {
			DistributionSummary summary = (DistributionSummary) this.meters
				.computeIfAbsent(new MeterKey(TOKEN_USAGE, call, responseModel, null, type), this::register);
			summary.record(count);
		}
	}

	private Meter register(MeterKey key) {
		Tags tags = key.call().tags();
		if (key.name().equals(TIME_TO_FIRST_CHUNK) || key.name().equals(TIME_PER_OUTPUT_CHUNK)) {
			return Timer.builder(key.name())
				.description((key.name().equals(TIME_TO_FIRST_CHUNK))
						? "Time from the start of a streaming call to its first chunk"
						: "Time between two chunks of a streaming call")
				.tags(tags)
				.serviceLevelObjectives(DURATION_BUCKETS)
				.register(this.registry);
		}
		if (key.responseModel() != null) {
			tags = tags.and("gen_ai.response.model", key.responseModel());
		}
		if (key.name().equals(TOKEN_USAGE)) {
			return DistributionSummary.builder(TOKEN_USAGE)
				.description("Number of input and output tokens used")
				.baseUnit("{token}")
				.tags(tags.and("gen_ai.token.type", key.tokenType()))
				.serviceLevelObjectives(TOKEN_BUCKETS)
				.register(this.registry);
		}
		if (key.errorType() != null) {
			tags = tags.and("error.type", key.errorType());
		}
		return Timer.builder(OPERATION_DURATION)
			.description("GenAI operation duration")
			.tags(tags)
			.serviceLevelObjectives(DURATION_BUCKETS)
			.register(this.registry);
	}

	private Tags clientTags(String clientName) {
		String provider = this.providers.get(clientName);
		Tags tags = Tags.of("llm.client.name", clientName);
		return (provider != null) ? tags.and("gen_ai.provider.name", provider) : tags;
	}

	/**
	 * Return the {@code error.type} of a failure: the HTTP status when the provider answered, else the
	 * exception's class name.
	 * @param error the failure
	 * @return the error type
	 */
	static String errorType(Throwable error) {
		return LlmObservationContext.errorType(error);
	}

	private static Duration[] durations(double... seconds) {
		Duration[] durations = new Duration[seconds.length];
		for (int i = 0; i < seconds.length; i++) {
			durations[i] = Duration.ofNanos(Math.round(seconds[i] * 1_000_000_000L));
		}
		return durations;
	}

	/**
	 * Identifies one meter of a call, so that a repeated call reuses it without a registry lookup.
	 */
	private record MeterKey(String name, Call call, String responseModel, String errorType, String tokenType) {

	}

	/**
	 * The tags known when an operation starts; null values are left out.
	 *
	 * @param clientName the client's name
	 * @param provider the {@code gen_ai.provider.name}
	 * @param operation the GenAI operation name
	 * @param requestModel the requested model
	 * @param serverAddress the host of the client's base URL
	 * @param serverPort the port of the client's base URL
	 * @param toolName the executed tool, for {@code execute_tool}
	 */
	record Call(String clientName, String provider, String operation, String requestModel, String serverAddress,
			Integer serverPort, String toolName) {

		static Call of(LlmObservationContext context, String operation, String requestModel) {
			return new Call(context.getClientName(),
					(context.getProviderType() != null) ? context.getProviderType().telemetryName() : null, operation,
					requestModel, context.getServerAddress(), context.getServerPort(), null);
		}

		Tags tags() {
			Tags tags = Tags.of("gen_ai.operation.name", this.operation);
			tags = and(tags, "gen_ai.provider.name", this.provider);
			tags = and(tags, "llm.client.name", this.clientName);
			tags = and(tags, "gen_ai.request.model", this.requestModel);
			tags = and(tags, "server.address", this.serverAddress);
			tags = and(tags, "server.port", (this.serverPort != null) ? this.serverPort.toString() : null);
			return and(tags, "gen_ai.tool.name", this.toolName);
		}

		private static Tags and(Tags tags, String key, String value) {
			return (value != null) ? tags.and(key, value) : tags;
		}

	}

}
