package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.RecordedRequest;
import io.github.llmkit.tool.ToolExecution;
import io.github.llmkit.tool.ToolLoopListener;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConversationTests {

	static MockLlmServer server;

	static LlmClient openai;

	private final ChatMemory memory = ChatMemory.builder().build();

	@BeforeAll
	static void start() {
		server = MockLlmServer.start();
		openai = LlmClients.create(ProviderType.OPENAI,
				ClientConfig.builder().apiKey(MockLlmServer.API_KEY).baseUrl(server.baseUrl("openai")).retries(0).build());
	}

	@AfterAll
	static void stop() {
		openai.close();
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
	}

	private static List<String> sentTexts(RecordedRequest request) {
		List<String> texts = new ArrayList<>();
		for (JsonNode message : request.json().path("messages")) {
			texts.add(message.path("role").asString() + ":" + message.path("content").asString(""));
		}
		return texts;
	}

	@Test
	void sendLoadsExtendsAndSavesTheHistory() {
		Conversation conversation = this.memory.conversation("c1", openai);
		assertThat(conversation.send("Hello").text()).isEqualTo("You said: Hello");
		assertThat(conversation.send("Again").text()).isEqualTo("You said: Again");
		server.takeRequest();
		assertThat(sentTexts(server.takeRequest())).containsExactly("user:Hello", "assistant:You said: Hello",
				"user:Again");
		assertThat(conversation.history()).extracting(Message::text)
			.containsExactly("Hello", "You said: Hello", "Again", "You said: Again");
	}

	@Test
	void streamSavesTheStreamedAnswer() {
		Conversation conversation = this.memory.conversation("c2", openai);
		StringBuilder deltas = new StringBuilder();
		ChatResponse answer = conversation.stream("Stream me", StreamListeners.text(deltas::append));
		assertThat(deltas).hasToString("You said: Stream me");
		assertThat(answer.text()).isEqualTo("You said: Stream me");
		assertThat(conversation.history()).extracting(Message::text).containsExactly("Stream me", "You said: Stream me");
	}

	@Test
	void turnsCountTokensFromTheReportedUsage() {
		Conversation conversation = this.memory.conversation("c3", openai);
		server.enqueue(MockReply.text("First answer").withUsage(40, 7));
		server.enqueue(MockReply.text("Second answer").withUsage(70, 9));
		conversation.send("First question");
		conversation.send("Second question");
		List<StoredMessage> stored = this.memory.store().load("c3");
		assertThat(stored).extracting(StoredMessage::tokens).containsExactly(40, 7, 23, 9);
	}

	@Test
	void toolLoopSavesCallsResultsAndAnswer() {
		ToolRegistry tools = new ToolRegistry().registerStandardTools();
		Conversation conversation = this.memory.conversation("c4", openai).withTools(tools);
		List<String> results = new ArrayList<>();
		ToolLoopListener listener = new ToolLoopListener() {

			@Override
			public void onDelta(io.github.llmkit.chat.ChatDelta delta) {
			}

			@Override
			public void onToolResult(ToolExecution execution) {
				results.add(execution.result().content());
			}

		};
		ChatResponse answer = conversation.stream("What is the weather in Paris?", listener);
		assertThat(answer.text()).startsWith("The tool returned:");
		assertThat(results).hasSize(1);
		List<Message> history = conversation.history();
		assertThat(history).extracting(Message::role)
			.containsExactly(Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT);
		assertThat(history.get(1).toolCalls()).extracting("name").containsExactly("get_weather");
		assertThat(history.get(2).toolCallId()).isEqualTo(history.get(1).toolCalls().get(0).id());
		conversation.send("Thanks");
		assertThat(conversation.history()).hasSize(6);
	}

	@Test
	void failedTurnSavesNothing() {
		Conversation conversation = this.memory.conversation("c5", openai);
		conversation.send("Hello");
		server.enqueue(MockReply.error(400, "invalid_request_error", "Bad turn"));
		assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> conversation.send("Break"));
		assertThat(conversation.history()).extracting(Message::text).containsExactly("Hello", "You said: Hello");
	}

	@Test
	void concurrentTurnsOfOneConversationRunOneAfterTheOther() throws Exception {
		Conversation conversation = this.memory.conversation("c6", openai);
		int turns = 6;
		ExecutorService executor = Executors.newFixedThreadPool(turns);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ChatResponse>> answers = new ArrayList<>();
			for (int i = 0; i < turns; i++) {
				String text = "turn " + i;
				answers.add(executor.submit(() -> {
					start.await();
					return conversation.send(text);
				}));
			}
			start.countDown();
			for (Future<ChatResponse> answer : answers) {
				answer.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		List<Message> history = conversation.history();
		assertThat(history).hasSize(2 * turns);
		for (int i = 0; i < history.size(); i += 2) {
			assertThat(history.get(i + 1).text()).isEqualTo("You said: " + history.get(i).text());
		}
		for (int i = 0; i < turns; i++) {
			assertThat(sentTexts(server.takeRequest())).hasSize(2 * i + 1);
		}
		assertThat(this.memory.locks().size()).isZero();
	}

	@Test
	void windowLimitsWhatIsSentButTheStoreKeepsEverything() {
		ChatMemory windowed = ChatMemory.builder().window(MemoryWindow.lastMessages(2)).build();
		Conversation conversation = windowed.conversation("c7", openai);
		conversation.send("one");
		conversation.send("two");
		conversation.send("three");
		server.takeRequest();
		server.takeRequest();
		assertThat(sentTexts(server.takeRequest())).containsExactly("user:two", "assistant:You said: two",
				"user:three");
		assertThat(conversation.history()).hasSize(6);
	}

	@Test
	void summaryOfWhatFellOutIsSentAfterTheSystemMessage() {
		ChatMemory summarizing = ChatMemory.builder().window(MemoryWindow.lastMessages(2)).summarize(true).build();
		summarizing.store().append("c8", 0, List.of(StoredMessage.of(Message.system("Be brief.")),
				StoredMessage.of(Message.user("My name is Ada.")), StoredMessage.of(Message.assistant("Hi Ada.")),
				StoredMessage.of(Message.user("Nice day.")), StoredMessage.of(Message.assistant("Indeed."))));
		Conversation conversation = summarizing.conversation("c8", openai);
		server.enqueue(MockReply.text("The user is called Ada."));
		server.enqueue(MockReply.text("Noted."));
		conversation.send("Remember me?");
		RecordedRequest summaryCall = server.takeRequest();
		assertThat(sentTexts(summaryCall).get(1)).contains("user: My name is Ada.", "assistant: Hi Ada.");
		assertThat(sentTexts(server.takeRequest())).containsExactly("system:Be brief.",
				"system:" + Summaries.PREFIX + "The user is called Ada.", "user:Nice day.", "assistant:Indeed.",
				"user:Remember me?");
		server.enqueue(MockReply.text("Still noted."));
		conversation.send("And now?");
		RecordedRequest secondSummary = server.takeRequest();
		assertThat(sentTexts(secondSummary).get(1)).contains("Earlier summary: The user is called Ada.",
				"user: Nice day.").doesNotContain("My name is Ada.");
	}

	@Test
	void systemMessageIsSentFirstOnEveryTurnButNotStored() {
		Conversation conversation = this.memory.conversation("c10", openai).withSystem("Be brief.");
		conversation.send("one");
		conversation.withSystem("Be verbose.").send("two");
		assertThat(sentTexts(server.takeRequest())).containsExactly("system:Be brief.", "user:one");
		assertThat(sentTexts(server.takeRequest())).containsExactly("system:Be verbose.", "user:one",
				"assistant:You said: one", "user:two");
		assertThat(conversation.history()).extracting(Message::role).doesNotContain(Role.SYSTEM);
	}

	@Test
	void rejectsTurnsThatAreNotUserMessages() {
		Conversation conversation = this.memory.conversation("c9", openai);
		assertThatIllegalArgumentException().isThrownBy(() -> conversation.send(Message.assistant("x")))
			.withMessageContaining("USER");
		assertThatIllegalArgumentException().isThrownBy(() -> this.memory.conversation("", openai))
			.withMessageContaining("'conversationId'");
	}

}
