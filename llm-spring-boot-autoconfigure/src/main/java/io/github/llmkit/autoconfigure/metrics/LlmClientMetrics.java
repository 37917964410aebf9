package io.github.llmkit.autoconfigure.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
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
 * text. Unknown token counts are not recorded. Meters are looked up once per tag combination and then reused.
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

	/** Counter of retried attempts. */
	public static final String RETRIES = "llm.client.retries";

	/** Timer of waits imposed by a client's rate limiter. */
	public static final String RATE_LIMIT_WAIT = "llm.client.rate_limit.wait";

	private static final Duration[] DURATION_BUCKETS = durations(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28,
			2.56, 5.12, 10.24, 20.48, 40.96, 81.92);

	private static final double[] TOKEN_BUCKETS = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
			4194304, 16777216, 67108864 };

	private static final String NONE = "none";

	private static final String UNKNOWN = "unknown";

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
	 * Return a client that records every call of {@code client}; closing it closes {@code client}.
	 * @param name the client's bean name, the {@code llm.client.name} tag
	 * @param client the client to measure
	 * @return the measuring client
	 */
	public LlmClient instrument(String name, LlmClient client) {
		this.providers.put(name, client.type().id());
		return new MeteredLlmClient(name, client, this);
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
			.tags("llm.client.name", clientName, "gen_ai.provider.name", provider(clientName), "error.type",
					errorType(cause))
			.register(this.registry)
			.increment();
	}

	@Override
	public void onRateLimitWait(String clientName, Duration waited) {
		Timer.builder(RATE_LIMIT_WAIT)
			.description("Time calls waited for the client's rate limiter")
			.tags("llm.client.name", clientName, "gen_ai.provider.name", provider(clientName))
			.register(this.registry)
			.record(waited);
	}

	void recordCall(Call call, String responseModel, Throwable error, long nanos) {
		String errorType = (error != null) ? errorType(error) : NONE;
		Timer timer = (Timer) this.meters.computeIfAbsent(
				new MeterKey(OPERATION_DURATION, call, responseModel, errorType, null), this::register);
		timer.record(nanos, TimeUnit.NANOSECONDS);
		RecentOutcomes recent = outcomes(call.clientName());
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
		Timer timer = (Timer) this.meters.computeIfAbsent(new MeterKey(TIME_TO_FIRST_CHUNK, call, null, null, null),
				this::register);
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

	private void recordTokens(Call call, String responseModel, String type, Integer count) {
		if (count != null) {
			DistributionSummary summary = (DistributionSummary) this.meters
				.computeIfAbsent(new MeterKey(TOKEN_USAGE, call, responseModel, NONE, type), this::register);
			summary.record(count);
		}
	}

	private Meter register(MeterKey key) {
		Tags tags = key.call().tags();
		if (key.name().equals(TIME_TO_FIRST_CHUNK)) {
			return Timer.builder(TIME_TO_FIRST_CHUNK)
				.description("Time from the start of a streaming call to its first chunk")
				.tags(tags)
				.serviceLevelObjectives(DURATION_BUCKETS)
				.register(this.registry);
		}
		tags = tags.and("gen_ai.response.model", (key.responseModel() != null) ? key.responseModel() : UNKNOWN,
				"error.type", key.errorType());
		if (key.name().equals(TOKEN_USAGE)) {
			return DistributionSummary.builder(TOKEN_USAGE)
				.description("Number of input and output tokens used")
				.baseUnit("tokens")
				.tags(tags.and("gen_ai.token.type", key.tokenType()))
				.serviceLevelObjectives(TOKEN_BUCKETS)
				.register(this.registry);
		}
		return Timer.builder(OPERATION_DURATION)
			.description("GenAI operation duration")
			.tags(tags)
			.serviceLevelObjectives(DURATION_BUCKETS)
			.register(this.registry);
	}

	private String provider(String clientName) {
		return this.providers.getOrDefault(clientName, UNKNOWN);
	}

	/**
	 * Return the {@code error.type} of a failure: the HTTP status when the provider answered, else the
	 * exception's class name.
	 * @param error the failure
	 * @return the error type
	 */
	static String errorType(Throwable error) {
		return (error instanceof LlmHttpException http) ? Integer.toString(http.status()) : error.getClass().getName();
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
	 * The tags known when a call starts.
	 *
	 * @param clientName the client's name
	 * @param provider the provider type id
	 * @param operation the GenAI operation name
	 * @param requestModel the requested model
	 */
	record Call(String clientName, String provider, String operation, String requestModel) {

		Tags tags() {
			return Tags.of("llm.client.name", this.clientName, "gen_ai.provider.name", this.provider,
					"gen_ai.operation.name", this.operation, "gen_ai.request.model",
					(this.requestModel != null) ? this.requestModel : UNKNOWN);
		}

	}

}
