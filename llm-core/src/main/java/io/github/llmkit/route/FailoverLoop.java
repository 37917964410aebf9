package io.github.llmkit.route;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

import io.github.llmkit.LlmException;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;

/**
 * The failover of one route: tries the members in order, classifies each failure once, remembers each
 * member's last real failure for the report when every member is open, and tells the listener.
 */
final class FailoverLoop {

	private final String route;

	private final List<RouteMember> members;

	private final boolean authenticationFailsOver;

	private final RouteListener listener;

	private final AtomicReferenceArray<LlmException> lastFailures;

	FailoverLoop(String route, List<RouteMember> members, boolean authenticationFailsOver, RouteListener listener) {
		this.route = route;
		this.members = members;
		this.authenticationFailsOver = authenticationFailsOver;
		this.listener = listener;
		this.lastFailures = new AtomicReferenceArray<>(members.size());
	}

	/**
	 * Run a chat on the first member that answers, giving each member the history its family reads; a stream
	 * stops failing over once something reached the listener.
	 */
	ChatResponse chat(List<Message> messages, StreamListener listener, Attempt attempt) {
		if (messages == null || messages.isEmpty()) {
			throw new LlmInvalidRequestException(this.route,
					this.route + ": 'messages' must not be " + ((messages == null) ? "null" : "empty"));
		}
		List<MemberFailure> failures = new ArrayList<>(0);
		for (int i = 0; i < this.members.size(); i++) {
			RouteMember member = this.members.get(i);
			DeliveryTracker tracker = (listener != null) ? new DeliveryTracker(listener, member.name()) : null;
			try {
				List<Message> history = HistoryConverter.convert(this.route, member.name(),
						member.client().type(), messages);
				return attempt.run(member, history, tracker).withAnsweredBy(member.name());
			}
			catch (LlmException ex) {
				if (tracker != null && tracker.delivered()) {
					throw ex;
				}
				failed(i, ex, failures);
			}
		}
		throw new LlmRouteException(this.route, failures);
	}

	/**
	 * Run any other operation on the first member that succeeds.
	 */
	<T> T run(Function<RouteMember, T> operation) {
		List<MemberFailure> failures = new ArrayList<>(0);
		for (int i = 0; i < this.members.size(); i++) {
			try {
				return operation.apply(this.members.get(i));
			}
			catch (LlmException ex) {
				failed(i, ex, failures);
			}
		}
		throw new LlmRouteException(this.route, failures);
	}

	private void failed(int index, LlmException failure, List<MemberFailure> failures) {
		FailoverReason reason = FailoverReason.of(failure, this.authenticationFailsOver);
		if (reason == null) {
			throw failure;
		}
		if (reason != FailoverReason.CIRCUIT_OPEN) {
			this.lastFailures.set(index, failure);
		}
		LlmException last = this.lastFailures.get(index);
		RouteMember member = this.members.get(index);
		failures.add(new MemberFailure(member.name(), reason, (last != null) ? last : failure));
		this.listener.onFailover(this.route, member.name(), reason, failure);
	}

	/**
	 * One call of one member with the converted history and the tracked listener (null for a blocking call).
	 */
	@FunctionalInterface
	interface Attempt {

		ChatResponse run(RouteMember member, List<Message> history, StreamListener listener);

	}

}
