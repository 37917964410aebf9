package io.github.llmkit.memory;

import io.github.llmkit.chat.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StoredMessageTests {

	@Test
	void jsonRoundTripKeepsEveryField() {
		for (StoredMessage stored : ConversationStoreContractTests.richTurn()) {
			assertThat(StoredMessage.fromJson(stored.toJson())).isEqualTo(stored);
		}
	}

	@Test
	void jsonLeavesUnsetFieldsOut() {
		assertThat(StoredMessage.of(Message.user("hi")).toJson()).isEqualTo("{\"role\":\"user\",\"text\":\"hi\"}");
	}

	@Test
	void jsonKeepsImagesAndDocumentsInlineAndUrlsByReference() {
		String json = ConversationStoreContractTests.richTurn().get(2).toJson();
		assertThat(json).contains("\"content\":[{\"type\":\"text\",\"text\":\"And this?\"}", "\"type\":\"image\"",
				"\"url\":\"https://example.com/cat.jpg\"", "\"type\":\"document\"", "\"name\":\"a.pdf\"", "iVBORw");
	}

	@Test
	void jsonKeepsSignaturesOfToolCallsAndReasoning() {
		String json = ConversationStoreContractTests.richTurn().get(3).toJson();
		assertThat(json).contains("\"signature\":\"sig-gemini\"", "\"signature\":\"sig-claude\"",
				"\"redactedData\":\"opaque==\"", "\"tokens\":30");
	}

	@Test
	void fromJsonNamesTheProblemOfBadText() {
		assertThatIllegalArgumentException().isThrownBy(() -> StoredMessage.fromJson("{oops"))
			.withMessageContaining("not valid JSON");
		assertThatIllegalArgumentException().isThrownBy(() -> StoredMessage.fromJson("[1]"))
			.withMessageContaining("must be a JSON object");
		assertThatIllegalArgumentException().isThrownBy(() -> StoredMessage.fromJson("{\"role\":\"robot\"}"))
			.withMessageContaining("'role'");
		assertThatIllegalArgumentException().isThrownBy(() -> StoredMessage.fromJson("{\"role\":\"tool\"}"))
			.withMessageContaining("toolCallId");
	}

	@Test
	void rejectsNegativeTokens() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StoredMessage(Message.user("x"), -1))
			.withMessageContaining("'tokens'");
	}

}
