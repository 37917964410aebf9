package io.github.llmkit.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.http.Sleeper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketRateLimiterTests {

	private long now = 1_000_000_000L;

	private final List<Duration> sleeps = new ArrayList<>();

	private final Sleeper sleeper = (duration) -> {
		this.sleeps.add(duration);
		this.now += duration.toNanos();
	};

	@Test
	void burstUpToRequestsPerMinuteDoesNotWait() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(3, null);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.acquire()).isEqualTo(Duration.ZERO);
		}
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void requestBeyondBurstWaitsForRefill() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(60, null);
		for (int i = 0; i < 60; i++) {
			limiter.acquire();
		}
		assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void waitLongerThanTheBoundTakesNoPermitAndReturnsNullAtOnce() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(60, null);
		for (int i = 0; i < 60; i++) {
			limiter.acquire();
		}
		assertThat(limiter.acquire(Duration.ofMillis(500))).isNull();
		assertThat(this.sleeps).isEmpty();
		assertThat(limiter.acquire(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void refillsContinuouslyWithElapsedTime() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(2, null);
		limiter.acquire();
		limiter.acquire();
		this.now += Duration.ofSeconds(30).toNanos();
		assertThat(limiter.acquire()).isEqualTo(Duration.ZERO);
		assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void neverRefillsAboveCapacity() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(2, null);
		this.now += Duration.ofHours(1).toNanos();
		limiter.acquire();
		limiter.acquire();
		assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void overdrawnTokenBucketMakesNextRequestWait() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(1000, 600);
		assertThat(limiter.acquire()).isEqualTo(Duration.ZERO);
		limiter.recordTokens(610);
		assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(1).plusMillis(100));
	}

	@Test
	void tokensWithinBudgetDoNotWait() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(1000, 600);
		limiter.recordTokens(599);
		assertThat(limiter.acquire()).isEqualTo(Duration.ZERO);
	}

	@Test
	void recordTokensWithoutTokenLimitIsIgnored() throws InterruptedException {
		TokenBucketRateLimiter limiter = limiter(10, null);
		limiter.recordTokens(1_000_000);
		assertThat(limiter.acquire()).isEqualTo(Duration.ZERO);
	}

	@Test
	void rejectsNonPositiveLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> limiter(0, null))
			.withMessageContaining("'requestsPerMinute' must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> limiter(1, 0))
			.withMessageContaining("'tokensPerMinute' must be positive");
	}

	@Test
	void rejectsMissingClockOrSleeperNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucketRateLimiter(1, null, null, this.sleeper))
			.withMessage("'nanoClock' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucketRateLimiter(1, null, () -> 0L, null))
			.withMessage("'sleeper' must not be null");
	}

	private TokenBucketRateLimiter limiter(int requestsPerMinute, Integer tokensPerMinute) {
		return new TokenBucketRateLimiter(requestsPerMinute, tokensPerMinute, () -> this.now, this.sleeper);
	}

}
