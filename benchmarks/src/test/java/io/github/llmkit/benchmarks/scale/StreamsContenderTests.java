package io.github.llmkit.benchmarks.scale;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.benchmarks.server.CannedBodies;
import io.github.llmkit.benchmarks.server.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every open-streams contender reads a paced stream of the benchmark server's slow route to its canned text,
 * and a result line survives the trip from the client JVM to the runner. Correctness only; nothing is timed.
 */
class StreamsContenderTests {

	private static ServerProcess server;

	@BeforeAll
	static void startServer() {
		server = ServerProcess.start(20);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "llmkit", "llmkit-sized", "springai", "langchain4j" })
	void contenderReadsAPacedStreamToItsEnd(String name) throws InterruptedException {
		StreamsContender contender = StreamsContender.create(name, server.rootUrl() + "/slow/5/20/v1");
		CountDownLatch finished = new CountDownLatch(1);
		StreamRecord record = new StreamRecord(finished);
		record.opened();
		contender.open(record);
		assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(record.failure()).isNull();
		assertThat(record.succeeded(CannedBodies.streamText(5))).isTrue();
		assertThat(record.timeToFirstTextNanos()).isPositive();
	}

	@Test
	void unknownContenderIsRejectedWithTheKnownNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> StreamsContender.create("okhttp", server.rootUrl()))
			.withMessageContaining("'okhttp'")
			.withMessageContaining("llmkit, llmkit-sized, springai, langchain4j");
	}

	@Test
	void resultLineRoundTrips() {
		StreamsResult result = new StreamsResult("llmkit", "AsyncLlmClient, virtual threads", 25, 1000, 998, 2, 10.5,
				false, 12.25, 480.5, 9.75, 160.0, 40.0, 14, 8.5, 2.25,
				"LlmTimeoutException: slow");
		assertThat(StreamsResult.parse(result.toLine())).isEqualTo(result);
		assertThat(OpenStreams.table(java.util.List.of(result), 20, 500)).contains("| 1,000 | llmkit | 25 |")
			.contains("998 (2 failed)")
			.contains("LlmTimeoutException: slow");
	}

}
