package io.github.llmkit.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.llmkit.autoconfigure.LlmCallGuards;
import io.github.llmkit.route.CallGuard;
import io.github.llmkit.route.LlmRoute;
import io.github.llmkit.route.RouteMember;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The health of a failover route, from its members' circuit breakers: up while every breaker lets calls
 * through, {@link #DEGRADED} while some are open (the route still answers through the others), down when
 * all are open. Details: each member's breaker state ({@code NONE} for a member without one) and the member
 * that currently answers first.
 *
 * @since 0.1.0
 */
public final class LlmRouteHealthIndicator implements HealthIndicator {

	/**
	 * Some members' breakers are open; the route answers through the others. Not in Boot's default status
	 * order, so it leaves the application's overall status alone unless
	 * {@code management.endpoint.health.status.order} lists it.
	 */
	public static final Status DEGRADED = new Status("DEGRADED", "some members' circuit breakers are open");

	private final LlmRoute route;

	private final LlmCallGuards guards;

	/**
	 * Create an indicator.
	 * @param route the route
	 * @param guards the clients' circuit breakers
	 */
	public LlmRouteHealthIndicator(LlmRoute route, LlmCallGuards guards) {
		this.route = route;
		this.guards = guards;
	}

	@Override
	public Health health() {
		Map<String, String> members = new LinkedHashMap<>();
		String first = null;
		int open = 0;
		for (RouteMember member : this.route.members()) {
			CallGuard guard = this.guards.find(member.name());
			CallGuard.State state = (guard != null) ? guard.state() : null;
			members.put(member.name(), (state != null) ? state.name() : "NONE");
			if (state == CallGuard.State.OPEN) {
				open++;
			}
			else if (first == null) {
				first = member.name();
			}
		}
		Health.Builder builder = (open == 0) ? Health.up()
				: (open == members.size()) ? Health.down() : Health.status(DEGRADED);
		builder.withDetail("members", members);
		if (first != null) {
			builder.withDetail("answering", first);
		}
		return builder.build();
	}

}
