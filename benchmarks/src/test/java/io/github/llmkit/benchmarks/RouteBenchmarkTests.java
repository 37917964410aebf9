package io.github.llmkit.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of {@link RouteBenchmark} answers as the benchmark expects before anything is measured.
 */
class RouteBenchmarkTests {

	@Test
	void everyPathAnswersAndTheFailedAttemptFails() {
		for (String path : new String[] { "direct", "route", "failover", "failedAttempt" }) {
			RouteBenchmark.Target target = new RouteBenchmark.Target();
			target.path = path;
			target.start();
			try {
				String answer = target.chat();
				if (path.equals("failedAttempt")) {
					assertThat(answer).contains("refusing");
				}
				else {
					assertThat(answer).isNotEmpty().doesNotContain("refusing");
				}
			}
			finally {
				target.stop();
			}
		}
	}

}
