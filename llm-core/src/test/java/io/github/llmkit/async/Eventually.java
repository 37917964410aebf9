package io.github.llmkit.async;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polls a condition that another thread or process makes true, failing the test if it stays false.
 */
final class Eventually {

	private Eventually() {
	}

	static void within(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(condition.getAsBoolean()).as("condition met within %s", limit).isTrue();
	}

}
