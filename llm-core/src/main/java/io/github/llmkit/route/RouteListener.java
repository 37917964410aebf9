package io.github.llmkit.route;

import io.github.llmkit.LlmException;

/**
 * Told each time a route moves on from a member; called on the calling thread, so it must be quick and must
 * not throw.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RouteListener {

	/** A listener that ignores every event. */
	RouteListener NONE = (route, member, reason, failure) -> {
	};

	/**
	 * A member failed and the route moves to the next one, or gives up after the last.
	 * @param route the route's name
	 * @param member the member that failed
	 * @param reason why the route moves on
	 * @param failure the member's failure
	 */
	void onFailover(String route, String member, FailoverReason reason, LlmException failure);

}
