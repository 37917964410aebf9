package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Role;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The behaviour every {@link ConversationStore} must have; each store's test class extends this one and
 * returns its store, empty, from {@link #store()}.
 */
public abstract class ConversationStoreContractTests {

	/**
	 * Return the store under test, holding no conversation that a test's random ids could meet.
	 * @return the store
	 */
	protected abstract ConversationStore store();

	/**
	 * Return a turn with every kind of content a message can carry: a system text, a user text, a user message
	 * with an inline image, an image URL and a PDF, an assistant
	 * turn with signed and redacted reasoning and two tool calls (one with a signature), a successful and a
	 * failed tool result, and an answer with an unsigned reasoning block (DeepSeek's {@code reasoning_content}) and an OpenRouter
	 * {@code reasoning_details} item.
	 * @return the messages, counted where a provider would have counted them
	 */
	public static List<StoredMessage> richTurn() {
		return List.of(new StoredMessage(Message.system("Be brief, \"quoted\" and ünïcödé ✓"), 9),
				new StoredMessage(Message.user("Weather in Paris and 2+2?"), 12),
				new StoredMessage(Message.user("And this?", ContentPart.image(new byte[] { (byte) 0x89, 'P', 'N', 'G' },
						"image/png"), ContentPart.imageUrl("https://example.com/cat.jpg"),
						ContentPart.pdf(new byte[] { '%', 'P', 'D', 'F' }, "a.pdf")), 1200),
				new StoredMessage(new Message(Role.ASSISTANT, (String) null,
						List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}", "sig-gemini"),
								ToolCall.of("call_2", "calculator", "{\"expression\":\"2+2\"}")),
						null, null, false,
						List.of(new ReasoningBlock("Let me think.", "sig-claude", null),
								new ReasoningBlock(null, null, "opaque=="))), 30),
				new StoredMessage(Message.toolResult("call_1", "get_weather", "{\"temperature\":21}"), 7),
				new StoredMessage(Message.toolError("call_2", "calculator", "division by zero"), null),
				new StoredMessage(new Message(Role.ASSISTANT, "Sunny, 21 °C; 4.", null, null, null, false,
						List.of(new ReasoningBlock("Both tools answered.", null, null),
								new ReasoningBlock("Done.", null, null,
										"{\"type\":\"reasoning.text\",\"text\":\"Done.\",\"index\":1}"))), 11));
	}

	private static String id() {
		return "c-" + UUID.randomUUID();
	}

	@Test
	void loadOfUnknownConversationIsEmpty() {
		assertThat(store().load(id())).isEmpty();
	}

	@Test
	void appendThenLoadReturnsEveryFieldOfEveryMessageInOrder() {
		String id = id();
		store().append(id, 0, richTurn());
		assertThat(store().load(id)).containsExactlyElementsOf(richTurn());
	}

	@Test
	void appendExtendsTheHistoryTurnAfterTurn() {
		String id = id();
		store().append(id, 0, List.of(StoredMessage.of(Message.user("one")), StoredMessage.of(Message.assistant("1"))));
		store().append(id, 2, List.of(StoredMessage.of(Message.user("two")), StoredMessage.of(Message.assistant("2"))));
		assertThat(store().load(id)).extracting((stored) -> stored.message().text())
			.containsExactly("one", "1", "two", "2");
	}

	@Test
	void appendWithStaleSizeFailsAndSavesNothing() {
		String id = id();
		store().append(id, 0, List.of(StoredMessage.of(Message.user("one"))));
		assertThatExceptionOfType(ConversationConflictException.class)
			.isThrownBy(() -> store().append(id, 0, List.of(StoredMessage.of(Message.user("other")),
					StoredMessage.of(Message.assistant("x")))))
			.withMessageContaining(id)
			.satisfies((ex) -> assertThat(ex.conversationId()).isEqualTo(id));
		assertThat(store().load(id)).extracting((stored) -> stored.message().text()).containsExactly("one");
	}

	@Test
	void appendToUnknownConversationWithNonZeroSizeFails() {
		assertThatExceptionOfType(ConversationConflictException.class)
			.isThrownBy(() -> store().append(id(), 3, List.of(StoredMessage.of(Message.user("x")))));
	}

	@Test
	void conversationsAreIndependent() {
		String first = id();
		String second = id();
		store().append(first, 0, List.of(StoredMessage.of(Message.user("first"))));
		store().append(second, 0, List.of(StoredMessage.of(Message.user("second"))));
		assertThat(store().load(first)).extracting((stored) -> stored.message().text()).containsExactly("first");
		assertThat(store().load(second)).extracting((stored) -> stored.message().text()).containsExactly("second");
	}

	@Test
	void deleteForgetsOnlyThatConversation() {
		String first = id();
		String second = id();
		store().append(first, 0, List.of(StoredMessage.of(Message.user("first"))));
		store().append(second, 0, List.of(StoredMessage.of(Message.user("second"))));
		store().delete(first);
		store().delete(id());
		assertThat(store().load(first)).isEmpty();
		assertThat(store().load(second)).hasSize(1);
		store().append(first, 0, List.of(StoredMessage.of(Message.user("again"))));
		assertThat(store().load(first)).hasSize(1);
	}

	@Test
	void concurrentAppendsOfOneSizeLetExactlyOneWriterWin() throws Exception {
		String id = id();
		store().append(id, 0, List.of(StoredMessage.of(Message.user("start"))));
		int writers = 8;
		ExecutorService executor = Executors.newFixedThreadPool(writers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String text = "writer " + i;
				Callable<Boolean> write = () -> {
					start.await();
					try {
						store().append(id, 1, List.of(StoredMessage.of(Message.assistant(text)),
								StoredMessage.of(Message.user(text))));
						return true;
					}
					catch (ConversationConflictException ex) {
						return false;
					}
				};
				results.add(executor.submit(write));
			}
			start.countDown();
			int winners = 0;
			for (Future<Boolean> result : results) {
				winners += (result.get()) ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
			List<StoredMessage> stored = store().load(id);
			assertThat(stored).hasSize(3);
			assertThat(stored.get(1).message().text()).isEqualTo(stored.get(2).message().text());
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void appendRejectsEmptyTurn() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> store().append(id(), 0, List.of()))
			.withMessageContaining("messages");
	}

}
