package io.github.llmkit.http;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmRateLimitException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.LlmTimeoutException;
import io.github.llmkit.LlmTransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> NOW);

	@Test
	void serverDelayReadsRetryAfterSeconds() {
		assertThat(this.policy.serverDelay(null, "2")).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.policy.serverDelay(null, " 1.5 ")).isEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void serverDelayReadsRetryAfterHttpDate() {
		assertThat(this.policy.serverDelay(null, "Sun, 29 Nov 2026 10:00:07 GMT")).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void serverDelayTreatsPastHttpDateAsZero() {
		assertThat(this.policy.serverDelay(null, "Sun, 29 Nov 2026 09:59:00 GMT")).isEqualTo(Duration.ZERO);
	}

	@Test
	void serverDelayPrefersRetryAfterMs() {
		assertThat(this.policy.serverDelay("250", "10")).isEqualTo(Duration.ofMillis(250));
		assertThat(this.policy.serverDelay("12.5", null)).isEqualTo(Duration.ofNanos(12_500_000));
	}

	@Test
	void serverDelayFallsBackToRetryAfterWhenMsIsUnreadable() {
		assertThat(this.policy.serverDelay("soon", "3")).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void serverDelayIsNullWhenAbsentOrUnreadable() {
		assertThat(this.policy.serverDelay(null, null)).isNull();
		assertThat(this.policy.serverDelay(null, " ")).isNull();
		assertThat(this.policy.serverDelay(null, "tomorrow")).isNull();
		assertThat(this.policy.serverDelay(null, "-5")).isNull();
	}

	@Test
	void delayBeforeUsesServerDelayWhenWithinCap() {
		assertThat(this.policy.delayBefore(1, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.policy.delayBefore(3, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void delayBeforeGivesUpWhenServerAsksForMoreThanCap() {
		assertThat(this.policy.delayBefore(1, Duration.ofSeconds(31))).isNull();
	}

	@Test
	void delayBeforeDoublesFromFirstDelayWithJitterThatOnlyShortens() {
		for (int i = 0; i < 500; i++) {
			assertThat(this.policy.delayBefore(1, null)).isBetween(Duration.ofMillis(750), Duration.ofSeconds(1));
			assertThat(this.policy.delayBefore(2, null)).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(2));
			assertThat(this.policy.delayBefore(3, null)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
		}
	}

	@Test
	void delayBeforeIsCapped() {
		for (int i = 0; i < 500; i++) {
			assertThat(this.policy.delayBefore(6, null)).isBetween(Duration.ofMillis(22_500), Duration.ofSeconds(30));
			assertThat(this.policy.delayBefore(200, null)).isBetween(Duration.ofMillis(22_500), Duration.ofSeconds(30));
		}
	}

	@Test
	void jitterVaries() {
		assertThat(IntStream.range(0, 50).mapToObj((i) -> this.policy.delayBefore(1, null)).distinct())
			.hasSizeGreaterThan(1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 409, 429, 500, 502, 503, 504, 529 })
	void retriesTransientStatuses(int status) {
		assertThat(this.policy.isRetryable(new LlmHttpException("test", status, null, null), null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 402, 404, 405, 413, 422, 501, 505 })
	void doesNotRetryOtherStatuses(int status) {
		assertThat(this.policy.isRetryable(new LlmHttpException("test", status, null, null), null)).isFalse();
	}

	@Test
	void doesNotRetryAuthenticationFailures() {
		assertThat(this.policy.isRetryable(new LlmAuthenticationException("test", 401, null, null), null)).isFalse();
	}

	@Test
	void doesNotRetryExhaustedQuota() {
		assertThat(this.policy.isRetryable(
				new LlmRateLimitException("test", 429, "insufficient_quota", "quota", null), null)).isFalse();
		assertThat(this.policy.isRetryable(
				new LlmRateLimitException("test", 429, "rate_limit_exceeded", "slow", null), null)).isTrue();
	}

	@Test
	void retriesIoErrorsAndTimeouts() {
		assertThat(this.policy.isRetryable(new LlmTransportException("test", "reset", null, true), null)).isTrue();
		assertThat(this.policy.isRetryable(new LlmTimeoutException("test", "slow", null), null)).isTrue();
		assertThat(this.policy.isRetryable(new LlmStreamException("test", null, "broke", null, true), null)).isTrue();
		assertThat(this.policy.isRetryable(new LlmStreamException("test", "server_error", "failed", null), null))
			.isFalse();
	}

	@Test
	void shouldRetryHeaderOverridesStatus() {
		assertThat(this.policy.isRetryable(new LlmHttpException("test", 400, null, null), "true")).isTrue();
		assertThat(this.policy.isRetryable(new LlmHttpException("test", 503, null, null), "false")).isFalse();
	}

}
