package io.github.llmkit.autoconfigure.metrics;

import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.LlmUnsupportedOperationException;

/**
 * The outcomes of a client's most recent calls, for health checks. Failures the caller caused (an invalid
 * request, an unsupported operation, a 400, 404 or 422) and exceptions thrown by application code say
 * nothing about the provider and are not counted. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RecentOutcomes {

	/** Number of calls remembered. */
	public static final int WINDOW = 20;

	private final boolean[] failures = new boolean[WINDOW];

	private int next;

	private int size;

	private int consecutiveFailures;

	private String lastErrorType;

	private boolean lastFailureAuthentication;

	/**
	 * Remember a successful call.
	 */
	public synchronized void success() {
		add(false);
		this.consecutiveFailures = 0;
		this.lastFailureAuthentication = false;
	}

	/**
	 * Remember a failed call, unless the failure says nothing about the provider.
	 * @param error the failure
	 */
	public synchronized void failure(Throwable error) {
		if (!isProviderFailure(error)) {
			return;
		}
		add(true);
		this.consecutiveFailures++;
		this.lastErrorType = LlmClientMetrics.errorType(error);
		this.lastFailureAuthentication = error instanceof LlmAuthenticationException;
	}

	/**
	 * Return a consistent view of the remembered calls.
	 * @return the snapshot
	 */
	public synchronized Snapshot snapshot() {
		int failed = 0;
		for (int i = 0; i < this.size; i++) {
			failed += (this.failures[i]) ? 1 : 0;
		}
		return new Snapshot(this.size, failed, this.consecutiveFailures, this.lastErrorType,
				this.lastFailureAuthentication);
	}

	private void add(boolean failure) {
		this.failures[this.next] = failure;
		this.next = (this.next + 1) % WINDOW;
		this.size = Math.min(this.size + 1, WINDOW);
	}

	private static boolean isProviderFailure(Throwable error) {
		if (!(error instanceof LlmException) || error instanceof LlmInvalidRequestException
				|| error instanceof LlmUnsupportedOperationException) {
			return false;
		}
		if (error instanceof LlmHttpException http) {
			int status = http.status();
			return status != 400 && status != 404 && status != 422;
		}
		return true;
	}

	/**
	 * The remembered calls at one moment.
	 *
	 * @param calls number of remembered calls, at most {@link #WINDOW}
	 * @param failures how many of them failed
	 * @param consecutiveFailures failures since the last success, possibly more than {@link #WINDOW}
	 * @param lastErrorType the {@code error.type} of the latest failure, or null
	 * @param lastFailureAuthentication whether the latest call failed on its credentials
	 */
	public record Snapshot(int calls, int failures, int consecutiveFailures, String lastErrorType,
			boolean lastFailureAuthentication) {

	}

}
