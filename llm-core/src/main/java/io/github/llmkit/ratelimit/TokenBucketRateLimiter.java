package io.github.llmkit.ratelimit;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import io.github.llmkit.http.Sleeper;

/**
 * An in-JVM token bucket: a requests-per-minute bucket and an optional tokens-per-minute bucket, both
 * starting full and refilled continuously. A request waits while either bucket is empty; tokens are charged
 * after the call from the usage it reports, so a burst may overdraw the token bucket once and later
 * requests then wait for it to refill.
 *
 * @since 0.1.0
 */
public final class TokenBucketRateLimiter implements RateLimiter {

	private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

	private final ReentrantLock lock = new ReentrantLock();

	private final Bucket requests;

	private final Bucket tokens;

	private final LongSupplier nanoClock;

	private final Sleeper sleeper;

	/**
	 * Create a limiter on the system clock.
	 * @throws IllegalArgumentException if a rate is not positive
	 * @param requestsPerMinute requests per minute (positive)
	 * @param tokensPerMinute tokens per minute (positive), or null for no token limit
	 */
	public TokenBucketRateLimiter(int requestsPerMinute, Integer tokensPerMinute) {
		this(requestsPerMinute, tokensPerMinute, System::nanoTime, Sleeper.SYSTEM);
	}

	/**
	 * Create a limiter with an injected clock and sleeper (for tests).
	 * @param requestsPerMinute requests per minute (positive)
	 * @param tokensPerMinute tokens per minute (positive), or null for no token limit
	 * @param nanoClock a monotonic clock in nanoseconds
	 * @param sleeper how to wait
	 * @throws IllegalArgumentException if a rate is not positive or the clock or sleeper is null
	 */
	public TokenBucketRateLimiter(int requestsPerMinute, Integer tokensPerMinute, LongSupplier nanoClock,
			Sleeper sleeper) {
		if (requestsPerMinute <= 0) {
			throw new IllegalArgumentException("'requestsPerMinute' must be positive, was " + requestsPerMinute);
		}
		if (tokensPerMinute != null && tokensPerMinute <= 0) {
			throw new IllegalArgumentException("'tokensPerMinute' must be positive, was " + tokensPerMinute);
		}
		if (nanoClock == null) {
			throw new IllegalArgumentException("'nanoClock' must not be null");
		}
		if (sleeper == null) {
			throw new IllegalArgumentException("'sleeper' must not be null");
		}
		this.nanoClock = nanoClock;
		this.sleeper = sleeper;
		long now = nanoClock.getAsLong();
		this.requests = new Bucket(requestsPerMinute, now);
		this.tokens = (tokensPerMinute != null) ? new Bucket(tokensPerMinute, now) : null;
	}

	@Override
	public Duration acquire() throws InterruptedException {
		return acquire(null);
	}

	@Override
	public Duration acquire(Duration maxWait) throws InterruptedException {
		long limit = (maxWait != null) ? maxWait.toNanos() : Long.MAX_VALUE;
		long waited = 0;
		while (true) {
			long waitNanos;
			this.lock.lock();
			try {
				long now = this.nanoClock.getAsLong();
				this.requests.refill(now);
				if (this.tokens != null) {
					this.tokens.refill(now);
				}
				waitNanos = Math.max(this.requests.nanosUntil(1), (this.tokens != null) ? this.tokens.nanosUntil(1) : 0);
				if (waitNanos == 0) {
					this.requests.take(1);
					return Duration.ofNanos(waited);
				}
				if (waitNanos > limit - waited) {
					return null;
				}
			}
			finally {
				this.lock.unlock();
			}
			this.sleeper.sleep(Duration.ofNanos(waitNanos));
			waited += waitNanos;
		}
	}

	@Override
	public void recordTokens(int used) {
		if (this.tokens == null || used <= 0) {
			return;
		}
		this.lock.lock();
		try {
			this.tokens.refill(this.nanoClock.getAsLong());
			this.tokens.take(used);
		}
		finally {
			this.lock.unlock();
		}
	}

	private static final class Bucket {

		private final double capacity;

		private final double perNano;

		private double available;

		private long updated;

		Bucket(int perMinute, long now) {
			this.capacity = perMinute;
			this.perNano = perMinute / (double) NANOS_PER_MINUTE;
			this.available = perMinute;
			this.updated = now;
		}

		void refill(long now) {
			if (now > this.updated) {
				this.available = Math.min(this.capacity, this.available + (now - this.updated) * this.perNano);
				this.updated = now;
			}
		}

		long nanosUntil(double amount) {
			double missing = amount - this.available;
			return (missing <= 0) ? 0 : (long) Math.ceil(missing / this.perNano);
		}

		void take(double amount) {
			this.available -= amount;
		}

	}

}
