package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemoryWindowTests {

	/** system, then three turns: a plain one, one with a tool call and its result, a plain one. */
	private final List<StoredMessage> history = List.of(counted(Message.system("sys"), 5),
			counted(Message.user("u1"), 10), counted(Message.assistant("a1"), 10), counted(Message.user("u2"), 10),
			counted(new Message(Role.ASSISTANT, (String) null, List.of(ToolCall.of("c1", "calculator", "{}")), null, null,
					false, null), 10),
			counted(Message.toolResult("c1", "calculator", "4"), 10), counted(Message.assistant("a2"), 10),
			counted(Message.user("u3"), 10), counted(Message.assistant("a3"), 10));

	private static StoredMessage counted(Message message, int tokens) {
		return new StoredMessage(message, tokens);
	}

	private static List<String> texts(List<StoredMessage> messages) {
		List<String> texts = new ArrayList<>();
		for (StoredMessage stored : messages) {
			Message message = stored.message();
			texts.add((message.role() == Role.TOOL) ? "tool"
					: (message.hasToolCalls()) ? "call" : message.text());
		}
		return texts;
	}

	@Test
	void allKeepsEverything() {
		assertThat(MemoryWindow.all().apply(this.history)).isEqualTo(this.history);
	}

	@Test
	void lastMessagesNeverSplitsAToolCallFromItsResult() {
		assertThat(texts(MemoryWindow.lastMessages(2).apply(this.history))).containsExactly("sys", "u3", "a3");
		assertThat(texts(MemoryWindow.lastMessages(5).apply(this.history))).containsExactly("sys", "u3", "a3");
		assertThat(texts(MemoryWindow.lastMessages(6).apply(this.history))).containsExactly("sys", "u2", "call",
				"tool", "a2", "u3", "a3");
	}

	@Test
	void windowStartsAtAUserMessageAndKeepsTheSystemMessage() {
		for (int max = 1; max <= 10; max++) {
			List<StoredMessage> kept = MemoryWindow.lastMessages(max).apply(this.history);
			assertThat(kept.get(0).message().role()).isEqualTo(Role.SYSTEM);
			if (kept.size() > 1) {
				assertThat(kept.get(1).message().role()).isEqualTo(Role.USER);
			}
			assertThat(kept.size() - 1).isLessThanOrEqualTo(max);
		}
	}

	@Test
	void tooSmallWindowKeepsOnlySystemMessages() {
		List<StoredMessage> history = List.of(counted(Message.system("sys"), 5), counted(Message.user("u1"), 10),
				counted(Message.assistant("a1"), 10));
		assertThat(texts(MemoryWindow.lastMessages(1).apply(history))).containsExactly("sys");
	}

	@Test
	void maxTokensCountsReportedTokensIncludingTheSystemMessage() {
		assertThat(texts(MemoryWindow.maxTokens(25).apply(this.history))).containsExactly("sys", "u3", "a3");
		assertThat(texts(MemoryWindow.maxTokens(64).apply(this.history))).containsExactly("sys", "u3", "a3");
		assertThat(texts(MemoryWindow.maxTokens(65).apply(this.history))).containsExactly("sys", "u2", "call",
				"tool", "a2", "u3", "a3");
	}

	@Test
	void maxTokensReservesRoomForTheNewMessage() {
		MemoryWindow window = MemoryWindow.maxTokens(65);
		assertThat(window.cut(this.history, 0)).isEqualTo(3);
		assertThat(window.cut(this.history, 1)).isEqualTo(7);
	}

	@Test
	void maxTokensEstimatesMessagesNoProviderCounted() {
		String longText = "x".repeat(400);
		List<StoredMessage> history = List.of(StoredMessage.of(Message.user(longText)),
				StoredMessage.of(Message.assistant("ok")), StoredMessage.of(Message.user("short")),
				StoredMessage.of(Message.assistant("ok")));
		assertThat(texts(MemoryWindow.maxTokens(50).apply(history))).containsExactly("short", "ok");
		assertThat(MemoryWindow.maxTokens(200).apply(history)).hasSize(4);
	}

	@Test
	void bothLimitsApplyTogether() {
		assertThat(texts(new MemoryWindow(10, 25).apply(this.history))).containsExactly("sys", "u3", "a3");
		assertThat(texts(new MemoryWindow(2, 1000).apply(this.history))).containsExactly("sys", "u3", "a3");
	}

	@Test
	void systemMessagesBeforeTheWindowMoveToItsStart() {
		List<StoredMessage> history = List.of(StoredMessage.of(Message.user("u1")),
				StoredMessage.of(Message.system("late instructions")), StoredMessage.of(Message.assistant("a1")),
				StoredMessage.of(Message.user("u2")));
		assertThat(texts(MemoryWindow.lastMessages(1).apply(history))).containsExactly("late instructions", "u2");
	}

	@Test
	void rejectsLimitsThatAreNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> MemoryWindow.lastMessages(0))
			.withMessageContaining("'maxMessages'");
		assertThatIllegalArgumentException().isThrownBy(() -> MemoryWindow.maxTokens(-5))
			.withMessageContaining("'maxTokens'");
	}

}
