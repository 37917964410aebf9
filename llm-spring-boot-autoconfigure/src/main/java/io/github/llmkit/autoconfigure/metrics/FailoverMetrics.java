package io.github.llmkit.autoconfigure.metrics;

import io.github.llmkit.LlmException;
import io.github.llmkit.route.FailoverReason;
import io.github.llmkit.route.RouteListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts route failovers as {@code llm.client.failovers}, tagged with the route ({@code llm.route.name}), the
 * member that failed ({@code llm.client.name}) and the {@code reason}.
 */
final class FailoverMetrics implements RouteListener {

	static final String FAILOVERS = "llm.client.failovers";

	private final MeterRegistry registry;

	FailoverMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onFailover(String route, String member, FailoverReason reason, LlmException failure) {
		Counter.builder(FAILOVERS)
			.description("Calls a route moved on from a member, by reason")
			.tag("llm.route.name", route)
			.tag("llm.client.name", member)
			.tag("reason", reason.tag())
			.register(this.registry)
			.increment();
	}

}
