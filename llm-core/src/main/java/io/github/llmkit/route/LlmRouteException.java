package io.github.llmkit.route;

import java.util.List;

import io.github.llmkit.LlmException;

/**
 * No member of a route could answer: each one failed in a way that moves a route on, or its circuit was
 * open. Lists every member's failure in route order. Retryable: members recover.
 *
 * @since 0.1.0
 */
public class LlmRouteException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final transient List<MemberFailure> failures;

	/**
	 * Create an exception.
	 * @param route the route's name
	 * @param failures each member's failure, in route order, not empty
	 */
	public LlmRouteException(String route, List<MemberFailure> failures) {
		super(route, describe(route, failures), failures.get(failures.size() - 1).failure());
		this.failures = List.copyOf(failures);
	}

	private static String describe(String route, List<MemberFailure> failures) {
		boolean allOpen = failures.stream().allMatch((failure) -> failure.reason() == FailoverReason.CIRCUIT_OPEN);
		StringBuilder text = new StringBuilder("Route '").append(route)
			.append((allOpen) ? "': every member's circuit is open" : "': no member could answer");
		for (MemberFailure failure : failures) {
			text.append("; ").append(failure.member()).append(": ").append(failure.reason().tag());
			if (failure.failure() != null && !(failure.failure() instanceof CircuitOpenException)) {
				text.append(" (").append(failure.failure().getMessage()).append(')');
			}
		}
		return text.toString();
	}

	/**
	 * Return each member's failure, in route order.
	 * @return the failures
	 */
	public List<MemberFailure> failures() {
		return this.failures;
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
