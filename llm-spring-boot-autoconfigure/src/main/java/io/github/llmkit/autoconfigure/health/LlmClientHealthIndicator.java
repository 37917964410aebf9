package io.github.llmkit.autoconfigure.health;

import io.github.llmkit.LlmClient;
import io.github.llmkit.route.CallGuard;
import io.github.llmkit.autoconfigure.metrics.RecentOutcomes;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one client, judged from the outcomes of its recent calls; it never calls the provider. Unknown
 * before the first call, down after a credentials failure, {@value #DOWN_AFTER} failures in a row or while its
 * circuit breaker is open, up otherwise.
 *
 * @since 0.1.0
 */
public final class LlmClientHealthIndicator implements HealthIndicator {

	/** Number of consecutive provider failures after which a client is down. */
	public static final int DOWN_AFTER = 3;

	private final LlmClient client;

	private final RecentOutcomes outcomes;

	private final CallGuard guard;

	/**
	 * Create an indicator.
	 * @param client the client, for its type and model
	 * @param outcomes the outcomes of its recent calls
	 */
	public LlmClientHealthIndicator(LlmClient client, RecentOutcomes outcomes) {
		this(client, outcomes, null);
	}

	/**
	 * Create an indicator that also reports the client's circuit breaker: down while it is open.
	 * @param client the client, for its type and model
	 * @param outcomes the outcomes of its recent calls
	 * @param guard the client's circuit breaker, or null when it has none
	 */
	public LlmClientHealthIndicator(LlmClient client, RecentOutcomes outcomes, CallGuard guard) {
		this.client = client;
		this.outcomes = outcomes;
		this.guard = guard;
	}

	@Override
	public Health health() {
		RecentOutcomes.Snapshot snapshot = this.outcomes.snapshot();
		Health.Builder builder;
		if (snapshot.calls() == 0) {
			builder = Health.unknown();
		}
		else if (snapshot.lastFailureAuthentication() || snapshot.consecutiveFailures() >= DOWN_AFTER
				|| (this.guard != null && this.guard.state() == CallGuard.State.OPEN)) {
			builder = Health.down();
		}
		else {
			builder = Health.up();
		}
		builder.withDetail("provider", this.client.type().id())
			.withDetail("model", this.client.defaultModel())
			.withDetail("recentCalls", snapshot.calls())
			.withDetail("recentFailures", snapshot.failures());
		if (this.guard != null) {
			builder.withDetail("circuit", this.guard.state().name());
		}
		if (snapshot.lastErrorType() != null) {
			builder.withDetail("lastError", snapshot.lastErrorType());
		}
		return builder.build();
	}

}
