package io.github.llmkit.benchmarks.contender;

import io.github.llmkit.benchmarks.server.CannedBodies;
import io.github.llmkit.benchmarks.server.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every contender against the real benchmark server (a separate process on 127.0.0.1): same answers, so the
 * benchmarks compare equal work. These are correctness checks only; nothing here is timed.
 */
class ContendersTests {

	private static final int CHUNKS = 20;

	private static ServerProcess server;

	@BeforeAll
	static void startServer() {
		server = ServerProcess.start(CHUNKS);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "apache", "lean", "jdk", "llmkit", "springai", "langchain4j", "openai" })
	void openAiContenderReturnsTheCannedChatAndStreamTexts(String name) {
		try (ChatContender contender = Contenders.openAi(name, server.rootUrl())) {
			assertThat(contender.chat()).isEqualTo(CannedBodies.CHAT_TEXT);
			FirstDelta probe = new FirstDelta();
			assertThat(contender.stream(probe)).isEqualTo(CannedBodies.streamText(CHUNKS));
			assertThat(probe.arrivedAt()).isNotZero();
		}
	}

	@ParameterizedTest
	@CsvSource({ "apache, claude", "apache, gemini", "llmkit, claude", "llmkit, gemini" })
	void familyContenderReturnsTheCannedChatAndStreamTexts(String name, String family) {
		try (ChatContender contender = Contenders.family(name, family, server.rootUrl())) {
			assertThat(contender.chat()).isEqualTo(CannedBodies.CHAT_TEXT);
			assertThat(contender.stream(new FirstDelta())).isEqualTo(CannedBodies.streamText(CHUNKS));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "apache", "llmkit" })
	void toolLoopContenderRunsTwoRoundsToTheCannedAnswer(String name) {
		try (ToolLoopContender contender = Contenders.toolLoop(name, server.rootUrl())) {
			assertThat(contender.toolLoop()).isEqualTo(CannedBodies.TOOL_ANSWER);
		}
	}

	@Test
	void unknownContenderIsRejectedWithTheKnownNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> Contenders.openAi("okhttp", server.rootUrl()))
			.withMessageContaining("'okhttp'")
			.withMessageContaining("apache, lean, jdk, llmkit");
	}

}
