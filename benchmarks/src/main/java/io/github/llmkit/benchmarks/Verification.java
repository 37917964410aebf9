package io.github.llmkit.benchmarks;

import io.github.llmkit.benchmarks.contender.ChatContender;
import io.github.llmkit.benchmarks.contender.FirstDelta;
import io.github.llmkit.benchmarks.server.CannedBodies;

/**
 * Checks that a contender returns the canned answers before it is measured.
 */
final class Verification {

	private Verification() {
	}

	static void check(String name, ChatContender contender, int chunks) {
		String chat = contender.chat();
		if (!CannedBodies.CHAT_TEXT.equals(chat)) {
			throw new IllegalStateException(name + " returned the wrong chat answer: " + chat);
		}
		FirstDelta probe = new FirstDelta();
		String stream = contender.stream(probe);
		if (!CannedBodies.streamText(chunks).equals(stream) || probe.arrivedAt() == 0) {
			throw new IllegalStateException(name + " returned the wrong stream: " + stream);
		}
	}

}
