package io.github.llmkit.route;

import java.util.List;

import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Role;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryConverterTests {

	private static final ReasoningBlock SIGNED = new ReasoningBlock("thinking", "sig-1", null);

	private static final ReasoningBlock REDACTED = new ReasoningBlock(null, null, "opaque");

	private static final ReasoningBlock PLAIN = new ReasoningBlock("plain reasoning", null, null);

	private final List<Message> fromClaude = List.of(Message.user("Weather?"),
			new Message(Role.ASSISTANT, (String) null, List.of(ToolCall.of("toolu_01", "get_weather", "{}")), null, null,
					false, List.of(SIGNED, REDACTED, PLAIN)),
			Message.toolResult("toolu_01", "get_weather", "sunny"));

	@Test
	void conversationTheFamilyCanReadIsReturnedAsIs() {
		assertThat(HistoryConverter.convert("r", "claude", ProviderType.CLAUDE, this.fromClaude))
			.isSameAs(this.fromClaude);
	}

	@Test
	void signedAndRedactedReasoningIsDroppedForAnotherFamilyAndPlainReasoningKept() {
		List<Message> converted = HistoryConverter.convert("r", "openai", ProviderType.OPENAI,
				this.fromClaude);
		assertThat(converted.get(1).reasoning()).containsExactly(PLAIN);
		assertThat(converted.get(1).toolCalls()).containsExactly(ToolCall.of("toolu_01", "get_weather", "{}"));
		assertThat(converted.get(0)).isEqualTo(this.fromClaude.get(0));
		assertThat(converted.get(2)).isEqualTo(this.fromClaude.get(2));
	}

	@Test
	void openRouterDetailsGoOnlyToOpenRouterAndOtherProvidersKeepTheirText() {
		ReasoningBlock text = new ReasoningBlock("thinking", null, null, "{\"type\":\"reasoning.text\",\"index\":0}");
		ReasoningBlock encrypted = new ReasoningBlock(null, null, null, "{\"type\":\"reasoning.encrypted\"}");
		List<Message> fromOpenRouter = List.of(Message.user("Weather?"),
				new Message(Role.ASSISTANT, (String) null, List.of(ToolCall.of("call_1", "get_weather", "{}")), null,
						null, false, List.of(text, encrypted)),
				Message.toolResult("call_1", "get_weather", "sunny"));
		assertThat(HistoryConverter.convert("r", "openrouter", ProviderType.OPENROUTER, fromOpenRouter))
			.isSameAs(fromOpenRouter);
		for (ProviderType type : List.of(ProviderType.OPENAI, ProviderType.DEEPSEEK, ProviderType.CLAUDE,
				ProviderType.GEMINI)) {
			assertThat(HistoryConverter.convert("r", type.id(), type, fromOpenRouter).get(1).reasoning())
				.containsExactly(new ReasoningBlock("thinking", null, null));
		}
	}

	@Test
	void geminiThoughtSignatureGoesOnlyToGemini() {
		List<Message> fromGemini = List.of(Message.user("Weather?"),
				Message.assistant(List.of(new ToolCall("llmkit_call_1", "get_weather", "{}", "thought-sig"))),
				Message.toolResult("llmkit_call_1", "get_weather", "sunny"));
		assertThat(HistoryConverter.convert("r", "gemini", ProviderType.GEMINI, fromGemini)).isSameAs(fromGemini);
		List<Message> converted = HistoryConverter.convert("r", "claude", ProviderType.CLAUDE, fromGemini);
		assertThat(converted.get(1).toolCalls().get(0).signature()).isNull();
		assertThat(converted.get(1).toolCalls().get(0).id()).isEqualTo("llmkit_call_1");
	}

	@Test
	void toolCallIdsAFamilyWouldRejectAreRewrittenAlikeInCallAndResult() {
		String foreign = "call.with:odd/characters-and-a-length-beyond-forty-characters";
		List<Message> history = List.of(Message.user("Weather?"),
				Message.assistant(List.of(ToolCall.of(foreign, "get_weather", "{}"))),
				Message.toolResult(foreign, "get_weather", "sunny"));
		for (ProviderType type : List.of(ProviderType.CLAUDE, ProviderType.OPENAI, ProviderType.MISTRAL)) {
			List<Message> converted = HistoryConverter.convert("r", "member", type, history);
			String id = converted.get(1).toolCalls().get(0).id();
			assertThat(id).matches("[A-Za-z0-9_-]{1,40}");
			assertThat(converted.get(2).toolCallId()).isEqualTo(id);
			assertThat(HistoryConverter.convert("r", "member", type, history).get(1).toolCalls().get(0).id())
				.isEqualTo(id);
		}
		assertThat(HistoryConverter.convert("r", "gemini", ProviderType.GEMINI, history)).isSameAs(history);
	}

	@Test
	void imageByUrlBecomesANoteForAProviderThatDoesNotFetchUrlsAndStaysForTheOthers() {
		List<Message> history = List.of(
				Message.user("What is this?", ContentPart.imageUrl("https://example.com/cat.png")));
		assertThat(HistoryConverter.convert("r", "claude", ProviderType.CLAUDE, history)).isSameAs(history);
		assertThat(HistoryConverter.convert("r", "openai", ProviderType.OPENAI, history)).isSameAs(history);
		assertThat(HistoryConverter.convert("r", "gemini", ProviderType.GEMINI, history)).isSameAs(history);
		List<ContentPart> content = HistoryConverter.convert("r", "ollama", ProviderType.OLLAMA, history).get(0).content();
		assertThat(content.get(0)).isEqualTo(new TextPart("What is this?"));
		assertThat(((TextPart) content.get(1)).text()).contains("https://example.com/cat.png", "omitted");
	}

}
