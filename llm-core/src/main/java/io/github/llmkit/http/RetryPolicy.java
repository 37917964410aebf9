package io.github.llmkit.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;

/**
 * Decides whether and when a failed attempt is retried: exponential backoff from the first delay with up to
 * 25% jitter (which only shortens a delay), capped; a server-requested delay ({@code retry-after-ms},
 * {@code Retry-After} as seconds or HTTP date, or one in the error body) wins when present, and a request
 * whose server asks for longer than the cap is not retried at all.
 */
final class RetryPolicy {

	private final Duration firstDelay;

	private final Duration maxDelay;

	private final Supplier<Instant> clock;

	/**
	 * Create a policy.
	 * @param firstDelay the delay before the first retry
	 * @param maxDelay the cap of every delay
	 * @param clock the wall clock, to read HTTP-date {@code Retry-After} values
	 */
	public RetryPolicy(Duration firstDelay, Duration maxDelay, Supplier<Instant> clock) {
		this.firstDelay = firstDelay;
		this.maxDelay = maxDelay;
		this.clock = clock;
	}

	/**
	 * Return whether a failure may succeed on a new attempt: IO errors, timeouts, and HTTP 408, 409, 429, 500,
	 * 502, 503, 504 and 529, except a 429 that reports an exhausted quota; {@code x-should-retry} overrides.
	 * @param failure the failure
	 * @param shouldRetryHeader the {@code x-should-retry} header value, or null
	 * @return true when retrying makes sense
	 */
	public boolean isRetryable(LlmException failure, String shouldRetryHeader) {
		if ("true".equals(shouldRetryHeader)) {
			return true;
		}
		if ("false".equals(shouldRetryHeader)) {
			return false;
		}
		if (failure instanceof LlmHttpException http && http.status() == 429
				&& "insufficient_quota".equals(http.errorType())) {
			return false;
		}
		return failure.retryable();
	}

	/**
	 * Return the delay before retry number {@code retry} (1 for the first), or null when the server asked for
	 * more than the cap.
	 * @param retry the retry number, from 1
	 * @param serverDelay the delay the server asked for, or null
	 * @return the delay, or null to give up
	 */
	public Duration delayBefore(int retry, Duration serverDelay) {
		if (serverDelay != null) {
			return (serverDelay.compareTo(this.maxDelay) > 0) ? null : serverDelay;
		}
		long base = this.firstDelay.toNanos();
		int shift = Math.min(retry - 1, 30);
		long exponential = (base > (Long.MAX_VALUE >> shift)) ? Long.MAX_VALUE : base << shift;
		long capped = Math.min(exponential, this.maxDelay.toNanos());
		double jitter = 1.0 - 0.25 * ThreadLocalRandom.current().nextDouble();
		return Duration.ofNanos((long) (capped * jitter));
	}

	/**
	 * Read a server-requested delay from response headers: {@code retry-after-ms} (milliseconds) first, then
	 * {@code Retry-After} as seconds or an HTTP date.
	 * @param retryAfterMs the {@code retry-after-ms} value, or null
	 * @param retryAfter the {@code Retry-After} value, or null
	 * @return the delay, or null when absent or unreadable
	 */
	public Duration serverDelay(String retryAfterMs, String retryAfter) {
		if (retryAfterMs != null) {
			try {
				double millis = Double.parseDouble(retryAfterMs.trim());
				if (millis >= 0 && Double.isFinite(millis)) {
					return Duration.ofNanos((long) (millis * 1_000_000));
				}
			}
			catch (NumberFormatException ex) {
				// fall through to Retry-After
			}
		}
		if (retryAfter == null || retryAfter.isBlank()) {
			return null;
		}
		String value = retryAfter.trim();
		try {
			double seconds = Double.parseDouble(value);
			return (seconds >= 0 && Double.isFinite(seconds)) ? Duration.ofNanos((long) (seconds * 1e9)) : null;
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration until = Duration.between(this.clock.get(), at);
				return (until.isNegative()) ? Duration.ZERO : until;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
