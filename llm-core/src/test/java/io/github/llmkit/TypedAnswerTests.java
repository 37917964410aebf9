package io.github.llmkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.structured.AnswerListener;
import io.github.llmkit.structured.AnswerType;
import io.github.llmkit.structured.TypedAnswerException;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TypedAnswerTests extends SimulatorTestSupport {

	static final String TEXT = "Extract the invoice: number: INV-7, customer: ACME GmbH, paid in EUR, total: 99.5, "
			+ "description: Widgets, quantity: 3";

	static final Invoice EXPECTED = new Invoice("INV-7", "ACME GmbH", Currency.EUR, 99.5,
			List.of(new Line("Widgets", 3)), Optional.of("sample note"));

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void chatReturnsAValidatedRecordUsingTheProvidersEnforcement(ProviderType type) {
		try (LlmClient client = client(type)) {
			assertThat(client.chat(List.of(Message.user(TEXT)), Invoice.class)).isEqualTo(EXPECTED);
		}
		assertEnforcement(type, server.takeRequest(), false);
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void streamChatDeliversTextDeltasPartialObjectsAndTheValidatedRecord(ProviderType type) {
		Partials listener = new Partials();
		try (LlmClient client = client(type)) {
			Invoice invoice = client.streamChat(List.of(Message.user(TEXT)), AnswerType.of(Invoice.class), listener,
					null);
			assertThat(invoice).isEqualTo(EXPECTED);
		}
		assertThat(listener.text.toString()).contains("INV-7");
		assertThat(listener.partials).hasSizeGreaterThan(1);
		assertThat(listener.partials.get(0).number()).isNotNull();
		assertThat(listener.partials.get(listener.partials.size() - 1)).isEqualTo(EXPECTED);
		assertEnforcement(type, server.takeRequest(), true);
	}

	private static void assertEnforcement(ProviderType type, RecordedRequest request, boolean stream) {
		JsonNode body = request.json();
		switch (type) {
			case OPENAI, GROK, MISTRAL, OPENROUTER -> {
				JsonNode format = body.path("response_format");
				assertThat(format.path("type").asString()).isEqualTo("json_schema");
				assertThat(format.at("/json_schema/name").asString()).isEqualTo("Invoice");
				assertThat(format.at("/json_schema/strict").asBoolean()).isTrue();
				assertThat(format.at("/json_schema/schema/additionalProperties").asBoolean(true)).isFalse();
				assertThat(format.at("/json_schema/schema/required")).hasSize(6);
				assertThat(body.has("provider")).isEqualTo(type == ProviderType.OPENROUTER);
				if (type == ProviderType.OPENROUTER) {
					assertThat(body.at("/provider/require_parameters").asBoolean()).isTrue();
				}
			}
			case GROQ, DEEPSEEK -> {
				assertThat(body.at("/response_format/type").asString()).isEqualTo("json_object");
				assertThat(body.at("/messages/0/role").asString()).isEqualTo("system");
				assertThat(body.at("/messages/0/content").asString()).contains("JSON Schema").contains("\"customer\"");
			}
			case OLLAMA -> {
				assertThat(body.at("/response_format/type").asString()).isEqualTo("json_schema");
				assertThat(body.at("/response_format/json_schema/strict").asBoolean()).isFalse();
				assertThat(body.at("/messages/0/content").asString()).contains("JSON Schema");
			}
			case CLAUDE -> {
				assertThat(body.at("/output_config/format/type").asString()).isEqualTo("json_schema");
				assertThat(body.at("/output_config/format/schema/additionalProperties").asBoolean(true)).isFalse();
				assertThat(body.has("tools")).isFalse();
			}
			case GEMINI -> {
				assertThat(body.at("/generationConfig/responseMimeType").asString()).isEqualTo("application/json");
				assertThat(body.at("/generationConfig/responseJsonSchema/properties/customer/type").asString())
					.isEqualTo("string");
			}
		}
		assertThat(body.path("stream").asBoolean(false) || request.path().contains("stream")).isEqualTo(stream);
	}

	@Test
	void claudeModelsWithoutStructuredOutputAnswerThroughAForcedToolBlockingAndStreamed() {
		ChatOptions older = ChatOptions.builder().model("claude-sonnet-4-20250514").build();
		Partials listener = new Partials();
		try (LlmClient client = client(ProviderType.CLAUDE)) {
			AnswerType<Invoice> type = AnswerType.of(Invoice.class);
			assertThat(client.chat(List.of(Message.user(TEXT)), type, older)).isEqualTo(EXPECTED);
			assertThat(client.streamChat(List.of(Message.user(TEXT)), type, listener, older)).isEqualTo(EXPECTED);
		}
		for (int i = 0; i < 2; i++) {
			JsonNode body = server.takeRequest().json();
			assertThat(body.has("output_config")).isFalse();
			assertThat(body.at("/tools/0/name").asString()).isEqualTo("Invoice");
			assertThat(body.at("/tool_choice/type").asString()).isEqualTo("tool");
			assertThat(body.at("/tool_choice/name").asString()).isEqualTo("Invoice");
		}
		assertThat(listener.text.toString()).contains("INV-7");
		assertThat(listener.toolCalls).isZero();
		assertThat(listener.partials).hasSizeGreaterThan(2);
	}

	@Test
	void groqSendsAStrictSchemaToModelsThatHaveStrictMode() {
		try (LlmClient client = client(ProviderType.GROQ)) {
			assertThat(client.chat(List.of(Message.user(TEXT)), AnswerType.of(Invoice.class),
					ChatOptions.builder().model("openai/gpt-oss-20b").build()))
				.isEqualTo(EXPECTED);
		}
		JsonNode format = server.takeRequest().json().path("response_format");
		assertThat(format.path("type").asString()).isEqualTo("json_schema");
		assertThat(format.at("/json_schema/strict").asBoolean()).isTrue();
	}

	@Test
	void genericTypesAreWrappedInAnObjectAndUnwrapped() {
		AnswerType<List<Line>> lines = new AnswerType<>() {
		};
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThat(client.chat(List.of(Message.user(TEXT)), lines, null)).containsExactly(new Line("Widgets", 3));
		}
		JsonNode schema = server.takeRequest().json().at("/response_format/json_schema/schema");
		assertThat(schema.at("/properties/items/type").asString()).isEqualTo("array");
		assertThat(lines.responseFormat().name()).isEqualTo("List_Line");
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void anAnswerThatDoesNotMatchIsRepairedOnceWithItsErrors(ProviderType type) {
		server.enqueue(answer(type, "{\"number\":\"INV-7\"}"));
		try (LlmClient client = client(type)) {
			assertThat(client.chat(List.of(Message.user(TEXT)), Invoice.class)).isEqualTo(EXPECTED);
		}
		server.takeRequest();
		String repair = server.takeRequest().json().toString();
		assertThat(repair).contains("does not match the required JSON Schema")
			.contains("$.customer: required property missing");
	}

	@Test
	void withoutRepairsAMismatchFailsWithTheRawTextTheErrorsAndTheClient() {
		server.enqueue(MockReply.text("Sure! ```json\n{\"number\":7}\n```"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(TypedAnswerException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user(TEXT)), AnswerType.of(Invoice.class).withRepairs(0),
						null))
				.satisfies((ex) -> {
					assertThat(ex.reason()).isEqualTo(TypedAnswerException.Reason.INVALID);
					assertThat(ex.provider()).isEqualTo("openai");
					assertThat(ex.rawText()).contains("{\"number\":7}");
					assertThat(ex.errors()).contains("$.customer: required property missing")
						.anyMatch((error) -> error.startsWith("$.number: "));
					assertThat(ex.getMessage()).startsWith("openai: the answer does not match ");
				});
		}
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@Test
	void invalidJsonStillInvalidAfterTheRepairRoundFails() {
		server.enqueue(MockReply.text("{\"number\": "));
		server.enqueue(MockReply.text("not json at all"));
		try (LlmClient client = client(ProviderType.GEMINI)) {
			assertThatExceptionOfType(TypedAnswerException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user(TEXT)), Invoice.class))
				.satisfies((ex) -> {
					assertThat(ex.reason()).isEqualTo(TypedAnswerException.Reason.INVALID);
					assertThat(ex.rawText()).isEqualTo("not json at all");
					assertThat(ex.errors()).singleElement().asString().startsWith("the answer is not valid JSON");
					assertThat(ex.getMessage()).contains("after 1 repair round");
				});
		}
		assertThat(server.requestCount()).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(value = ProviderType.class, names = { "OPENAI", "CLAUDE" })
	void aRefusalIsItsOwnFailureBlockingAndStreamed(ProviderType type) {
		server.enqueue(MockReply.refusal("I can't help with that."));
		server.enqueue(MockReply.refusal("I can't help with that."));
		try (LlmClient client = client(type)) {
			for (boolean stream : new boolean[] { false, true }) {
				assertThatExceptionOfType(TypedAnswerException.class).isThrownBy(() -> typed(client, stream))
					.satisfies((ex) -> {
						assertThat(ex.reason()).isEqualTo(TypedAnswerException.Reason.REFUSED);
						assertThat(ex.rawText()).isEqualTo("I can't help with that.");
					});
				server.reset();
				server.enqueue(MockReply.refusal("I can't help with that."));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void aTruncatedAnswerIsItsOwnFailure(ProviderType type) {
		String finish = switch (type.family()) {
			case ANTHROPIC -> "max_tokens";
			case GEMINI -> "MAX_TOKENS";
			case OPENAI_COMPATIBLE -> "length";
		};
		server.enqueue(answer(type, "{\"number\":\"INV").withFinishReason(finish));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(TypedAnswerException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user(TEXT)), Invoice.class))
				.satisfies((ex) -> {
					assertThat(ex.reason()).isEqualTo(TypedAnswerException.Reason.TRUNCATED);
					assertThat(ex.getMessage()).contains("cut off").contains(finish).contains("maxTokens");
				});
		}
		assertThat(server.requestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(value = ProviderType.class, names = { "OPENAI", "GEMINI" })
	void aContentFilterIsItsOwnFailure(ProviderType type) {
		String finish = (type == ProviderType.GEMINI) ? "SAFETY" : "content_filter";
		server.enqueue(MockReply.text("{\"number\":").withFinishReason(finish));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(TypedAnswerException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user(TEXT)), Invoice.class))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TypedAnswerException.Reason.CONTENT_FILTERED));
		}
	}

	@Test
	void theSchemaIsBuiltOncePerType() {
		AnswerType<Invoice> first = AnswerType.of(Invoice.class);
		AnswerType<Invoice> second = AnswerType.of(Invoice.class).withRepairs(3);
		assertThat(second.schema()).isSameAs(first.schema());
		assertThat(second.responseFormat()).isSameAs(first.responseFormat());
		assertThat(first.schema().at("/properties/number/description").asString()).isEqualTo("The invoice number");
	}

	private static MockReply answer(ProviderType type, String json) {
		return MockReply.text(json);
	}

	private static Invoice typed(LlmClient client, boolean stream) {
		List<Message> messages = List.of(Message.user(TEXT));
		return (stream) ? client.streamChat(messages, Invoice.class, (delta) -> {
		}) : client.chat(messages, Invoice.class);
	}

	record Invoice(@JsonPropertyDescription("The invoice number") String number, String customer, Currency currency,
			double total, List<Line> lines, Optional<String> note) {
	}

	record Line(String description, int quantity) {
	}

	enum Currency {

		EUR, USD

	}

	static final class Partials implements AnswerListener<Invoice> {

		final StringBuilder text = new StringBuilder();

		final List<Invoice> partials = new ArrayList<>();

		int toolCalls;

		@Override
		public void onDelta(ChatDelta delta) {
			if (delta.hasText()) {
				this.text.append(delta.text());
			}
			this.toolCalls += delta.toolCalls().size();
		}

		@Override
		public void onPartial(Invoice partial) {
			this.partials.add(partial);
		}

	}

}
