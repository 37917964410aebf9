package io.github.llmkit.http;

import java.time.Duration;

import io.github.llmkit.LlmException;

/**
 * One failed attempt of a request: the exception to throw if it is not retried, and the server's hints for the
 * retry decision. Carries no stack trace; it never leaves the transport.
 */
final class AttemptFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient LlmException exception;

	private final transient Duration serverDelay;

	private final String shouldRetry;

	AttemptFailure(LlmException exception, Duration serverDelay, String shouldRetry) {
		super(null, null, false, false);
		this.exception = exception;
		this.serverDelay = serverDelay;
		this.shouldRetry = shouldRetry;
	}

	LlmException exception() {
		return this.exception;
	}

	Duration serverDelay() {
		return this.serverDelay;
	}

	String shouldRetry() {
		return this.shouldRetry;
	}

}
