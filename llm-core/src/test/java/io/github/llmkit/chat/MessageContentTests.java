package io.github.llmkit.chat;

import java.util.List;

import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.DocumentPart;
import io.github.llmkit.content.ImagePart;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageContentTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };

	@Test
	void userWithAttachmentsKeepsTextFirstThenPartsInOrder() {
		ImagePart image = ContentPart.image(PNG, "image/png");
		DocumentPart pdf = ContentPart.pdf(new byte[] { '%', 'P', 'D', 'F' }, "contract.pdf");
		Message message = Message.user("Compare these", image, pdf);
		assertThat(message.content()).containsExactly(new TextPart("Compare these"), image, pdf);
		assertThat(message.text()).isEqualTo("Compare these");
		assertThat(message.hasMedia()).isTrue();
	}

	@Test
	void textJoinsSeveralTextPartsAndIsNullWithoutAny() {
		Message message = Message.user(List.of(ContentPart.text("first"), ContentPart.image(PNG, "image/png"),
				ContentPart.text("second")));
		assertThat(message.text()).isEqualTo("first\nsecond");
		assertThat(Message.user(List.of(ContentPart.image(PNG, "image/png"))).text()).isNull();
		assertThat(Message.user("plain").hasMedia()).isFalse();
	}

	@Test
	void assistantTurnWithToolCallsNeedsNoText() {
		ToolCall call = ToolCall.of("c1", "get_weather", "{}");
		Message message = Message.assistant(List.of(call));
		assertThat(message.toolCalls()).containsExactly(call);
		assertThat(message.text()).isNull();
		assertThat(message.content()).isEmpty();
		assertThat(Message.assistant("Checking.", List.of(call)).text()).isEqualTo("Checking.");
	}

	@Test
	void assistantTakesNullTextAsAnEmptyTurn() {
		Message message = Message.assistant((String) null);
		assertThat(message.content()).isEmpty();
		assertThat(message.text()).isNull();
	}

	@Test
	void systemAndAssistantMessagesRefuseImages() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.SYSTEM, List.of(ContentPart.image(PNG, "image/png")), null, null, null,
					false, null))
			.withMessageStartingWith("A SYSTEM message holds text only");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.ASSISTANT, List.of(ContentPart.image(PNG, "image/png")), null, null,
					null, false, null))
			.withMessageStartingWith("A ASSISTANT message holds text only");
	}

	@Test
	void userMessageNeedsContentAndNamesNullParts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Message.user(List.of()))
			.withMessage("'content' must not be empty for a USER message");
		assertThatIllegalArgumentException().isThrownBy(() -> Message.user("x", (ContentPart) null))
			.withMessage("'attachments[0]' must not be null");
	}

	@Test
	void toolResultMayHoldAnImage() {
		Message message = Message.toolResult("call_1", "screenshot",
				List.of(ContentPart.text("the page"), ContentPart.image(PNG, "image/png")));
		assertThat(message.role()).isEqualTo(Role.TOOL);
		assertThat(message.hasMedia()).isTrue();
		assertThat(message.text()).isEqualTo("the page");
	}

	@Test
	void toStringShowsTypeAndSizeNeverTheBytes() {
		byte[] big = new byte[3000];
		java.util.Arrays.fill(big, (byte) 'A');
		Message message = Message.user("look", ContentPart.image(big, "image/jpeg"),
				ContentPart.pdf(big, "report.pdf"));
		assertThat(message.toString()).contains("ImagePart[image/jpeg, 3000 bytes]")
			.contains("DocumentPart[report.pdf, application/pdf, 3000 bytes]")
			.doesNotContain("AAAA")
			.doesNotContain("QUFB");
	}

	@Test
	void messageWithPartsRoundTripsThroughJson() {
		JsonMapper json = JsonMapper.shared();
		Message message = Message.user("Describe", ContentPart.image(PNG, "image/png"),
				ContentPart.imageUrl("https://example.com/cat.jpg"), ContentPart.pdf(new byte[] { 1, 2 }, "a.pdf"));
		String text = json.writeValueAsString(message);
		assertThat(text).contains("\"type\":\"image\"").contains("\"type\":\"document\"");
		assertThat(json.readValue(text, Message.class)).isEqualTo(message);
		Message assistant = Message.assistant("Sure", List.of(ToolCall.of("c1", "x", "{}")));
		assertThat(json.readValue(json.writeValueAsString(assistant), Message.class)).isEqualTo(assistant);
	}

}
