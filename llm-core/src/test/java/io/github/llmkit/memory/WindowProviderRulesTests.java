package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.ProviderType;
import io.github.llmkit.WireFamily;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Role;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends a stored history with reasoning, parallel tool calls and a user message right after a tool result
 * through every window size and token budget, to every provider type of the simulator, and checks that each
 * request keeps the ordering rules of its wire family and provider.
 */
class WindowProviderRulesTests {

	static MockLlmServer server;

	@BeforeAll
	static void start() {
		server = MockLlmServer.start();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static List<StoredMessage> history() {
		List<Message> messages = List.of(Message.system("Be brief."), Message.user("Hi"),
				assistant("Hello", List.of(), new ReasoningBlock("A greeting.", "sig-1", null)),
				Message.user("Weather in Paris and 2+2?"),
				assistant(null,
						List.of(new ToolCall("call_a", "get_weather", "{\"city\":\"Paris\"}", "gsig-1"),
								ToolCall.of("call_b", "calculator", "{\"expression\":\"2+2\"}")),
						new ReasoningBlock("I need two tools.", "sig-2", null)),
				Message.toolResult("call_a", "get_weather", "{\"temperature\":21}"),
				Message.toolResult("call_b", "calculator", "4"),
				assistant("Sunny, 21 °C; 4.", List.of(), new ReasoningBlock("Both answered.", null, null)),
				Message.user("And Rome?"),
				assistant(null, List.of(new ToolCall("call_c", "get_weather", "{\"city\":\"Rome\"}", "gsig-2")),
						new ReasoningBlock("Once more.", "sig-3", null)),
				Message.toolResult("call_c", "get_weather", "{\"temperature\":25}"), Message.user("Thanks"),
				assistant("You're welcome.", List.of(), new ReasoningBlock("Polite.", "sig-4", null)));
		List<StoredMessage> stored = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			stored.add(new StoredMessage(messages.get(i), ((i % 3) == 0) ? null : 10 + i));
		}
		return stored;
	}

	private static Message assistant(String text, List<ToolCall> calls, ReasoningBlock reasoning) {
		return new Message(Role.ASSISTANT, text, calls, null, null, false, List.of(reasoning));
	}

	static List<MemoryWindow> windows() {
		List<MemoryWindow> windows = new ArrayList<>();
		for (int max = 1; max <= history().size(); max++) {
			windows.add(MemoryWindow.lastMessages(max));
		}
		for (int budget = 10; budget <= 260; budget += 10) {
			windows.add(MemoryWindow.maxTokens(budget));
		}
		return windows;
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void everyWindowKeepsTheProviderOrderingRules(ProviderType type) {
		try (LlmClient client = LlmClients.create(type, ClientConfig.builder()
			.apiKey((type.requiresApiKey()) ? MockLlmServer.API_KEY : null)
			.baseUrl(server.baseUrl(type.id()))
			.retries(0)
			.build())) {
			Set<Integer> sizes = new HashSet<>();
			for (MemoryWindow window : windows()) {
				ChatMemory memory = ChatMemory.builder().window(window).build();
				memory.store().append("c", 0, history());
				server.reset();
				memory.conversation("c", client).send("What did I ask?");
				JsonNode body = server.takeRequest().json();
				sizes.add(checkRules(type, body));
			}
			assertThat(sizes).as("distinct window sizes sent").hasSizeGreaterThan(4);
		}
	}

	/** Check the request and return the number of turns it sent. */
	private static int checkRules(ProviderType type, JsonNode body) {
		if (type.family() == WireFamily.ANTHROPIC) {
			return checkAlternating(body.path("messages"), "assistant", "content", "tool_use", "tool_result",
					(block) -> block.path("id").asString(), (block) -> block.path("tool_use_id").asString(), true);
		}
		if (type.family() == WireFamily.GEMINI) {
			return checkAlternating(body.path("contents"), "model", "parts", "functionCall", "functionResponse",
					(part) -> part.path("functionCall").path("name").asString(),
					(part) -> part.path("functionResponse").path("name").asString(), false);
		}
		return checkOpenAi(type, body.path("messages"));
	}

	private static int checkAlternating(JsonNode turns, String assistantRole, String contentField, String callType,
			String resultType, Function<JsonNode, String> callKey,
			Function<JsonNode, String> resultKey, boolean typed) {
		assertThat(turns.size()).isPositive();
		assertThat(turns.get(0).path("role").asString()).as("first turn").isEqualTo("user");
		List<String> pending = new ArrayList<>();
		for (int i = 0; i < turns.size(); i++) {
			JsonNode turn = turns.get(i);
			String expectedRole = ((i % 2) == 0) ? "user" : assistantRole;
			assertThat(turn.path("role").asString()).as("role of turn %d in %s", i, turns).isEqualTo(expectedRole);
			List<String> answered = new ArrayList<>();
			List<String> called = new ArrayList<>();
			boolean thinking = false;
			for (JsonNode part : turn.path(contentField)) {
				boolean isCall = (typed) ? callType.equals(part.path("type").asString()) : part.has(callType);
				boolean isResult = (typed) ? resultType.equals(part.path("type").asString()) : part.has(resultType);
				if (isCall) {
					called.add(callKey.apply(part));
				}
				if (isResult) {
					answered.add(resultKey.apply(part));
				}
				thinking |= "thinking".equals(part.path("type").asString());
			}
			assertThat(answered).as("results in turn %d answer the calls of the turn before", i)
				.containsExactlyInAnyOrderElementsOf(pending);
			pending = called;
			if (typed && !called.isEmpty()) {
				assertThat(thinking).as("signed thinking stays with tool-calling turn %d", i).isTrue();
			}
		}
		assertThat(pending).as("calls of the last turn").isEmpty();
		return turns.size();
	}

	private static int checkOpenAi(ProviderType type, JsonNode messages) {
		Set<String> pending = new HashSet<>();
		String previousRole = null;
		boolean seenNonSystem = false;
		for (JsonNode message : messages) {
			String role = message.path("role").asString();
			if (!role.equals("system") && !seenNonSystem) {
				assertThat(role).as("first non-system message").isEqualTo("user");
				seenNonSystem = true;
			}
			if (role.equals("tool")) {
				assertThat(pending).as("tool result answers a pending call").contains(message.path("tool_call_id").asString());
				pending.remove(message.path("tool_call_id").asString());
			}
			else {
				assertThat(pending).as("calls answered before a %s message", role).isEmpty();
			}
			if (type.quirks().bridgeToolToUser() && "tool".equals(previousRole)) {
				assertThat(role).as("Mistral: a tool result is followed by an assistant turn").isNotEqualTo("user");
			}
			if (role.equals("assistant") && message.has("tool_calls")) {
				for (JsonNode call : message.path("tool_calls")) {
					pending.add(call.path("id").asString());
				}
				if (type.quirks().echoReasoningContent()) {
					assertThat(message.path("reasoning_content").asString("")).as("DeepSeek reasoning_content")
						.isNotEmpty();
				}
			}
			previousRole = role;
		}
		assertThat(pending).isEmpty();
		assertThat(previousRole).isEqualTo("user");
		return messages.size();
	}

}
