package io.github.llmkit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.provider.MediaSupport;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.tool.Tool;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Images and PDFs on all nine provider types through the simulator, which checks each family's part shapes:
 * what reaches the wire, what is refused before sending, how history is sent again, and the size limits.
 */
class MultimodalProviderTests extends SimulatorTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

	/** A model of each type that reads images (Groq, DeepSeek and Mistral read them only on some). */
	static ChatOptions visionModel(ProviderType type) {
		return switch (type) {
			case GROQ -> ChatOptions.builder().model("meta-llama/llama-4-scout-17b-16e-instruct").build();
			case DEEPSEEK -> ChatOptions.builder().model("deepseek-flash").build();
			default -> ChatOptions.builder().build();
		};
	}

	static boolean readsDocuments(ProviderType type) {
		return !MediaSupport.of(type).documentTypes().isEmpty();
	}

	static Message question(ProviderType type) {
		return (readsDocuments(type))
				? Message.user("What do these show?", ContentPart.image(PNG, "image/png"),
						ContentPart.pdf(PDF, "invoice.pdf"))
				: Message.user("What does this show?", ContentPart.image(PNG, "image/png"));
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void imageAndPdfReachTheProviderInItsExactShape(ProviderType type) {
		try (LlmClient client = client(type)) {
			ChatResponse answer = client.chat(List.of(question(type)), visionModel(type));
			assertThat(answer.text()).contains("image (image/png, " + PNG.length + " bytes)");
			if (readsDocuments(type)) {
				assertThat(answer.text()).contains("application/pdf, " + PDF.length + " bytes");
			}
		}
		JsonNode body = server.takeRequest().json();
		assertThat(lastUserContent(type, body)).isEqualTo(expectedContent(type, !readsDocuments(type)));
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void streamedChatSendsTheSamePartsAndGetsTheSameAnswer(ProviderType type) {
		StringBuilder streamed = new StringBuilder();
		try (LlmClient client = client(type)) {
			ChatResponse answer = client.streamChat(List.of(question(type)), StreamListeners.text(streamed::append),
					visionModel(type));
			assertThat(streamed.toString()).isEqualTo(answer.text()).contains("image (image/png");
		}
		assertThat(lastUserContent(type, server.takeRequest().json()))
			.isEqualTo(expectedContent(type, !readsDocuments(type)));
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void imagesInHistoryAreSentAgainOnLaterTurns(ProviderType type) {
		List<Message> conversation = new ArrayList<>(List.of(question(type)));
		try (LlmClient client = client(type)) {
			conversation.add(Message.assistant(client.chat(conversation, visionModel(type))));
			conversation.add(Message.user("And the colours?"));
			assertThat(client.chat(conversation, visionModel(type)).text()).isEqualTo("You said: And the colours?");
		}
		server.takeRequest();
		JsonNode second = server.takeRequest().json();
		assertThat(userContent(type, second, 0)).isEqualTo(expectedContent(type, !readsDocuments(type)));
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void imagesAreSentAgainInEveryRoundOfTheToolLoop(ProviderType type) {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}")));
		server.enqueue(MockReply.text("Sunny, as in the photo."));
		ToolRegistry registry = new ToolRegistry().register(Tool.of("get_weather", "Current weather of a city",
				"{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}",
				(arguments) -> "{\"sky\":\"clear\"}"));
		try (LlmClient client = client(type)) {
			assertThat(registry.run(client, List.of(question(type)), registry.definitions(), visionModel(type)).text())
				.isEqualTo("Sunny, as in the photo.");
		}
		server.takeRequest();
		assertThat(userContent(type, server.takeRequest().json(), 0))
			.isEqualTo(expectedContent(type, !readsDocuments(type)));
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void imagesAreSentAgainInEveryRoundOfTheStreamedToolLoop(ProviderType type) {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}")));
		server.enqueue(MockReply.text("Sunny."));
		ToolRegistry registry = new ToolRegistry().register(Tool.of("get_weather", "Current weather of a city",
				"{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}",
				(arguments) -> "{\"sky\":\"clear\"}"));
		StringBuilder streamed = new StringBuilder();
		try (LlmClient client = client(type)) {
			assertThat(registry.runStreaming(client, List.of(question(type)), registry.definitions(),
					(delta) -> streamed.append((delta.text() != null) ? delta.text() : ""), visionModel(type)).text())
				.isEqualTo("Sunny.");
		}
		assertThat(streamed).hasToString("Sunny.");
		server.takeRequest();
		assertThat(userContent(type, server.takeRequest().json(), 0))
			.isEqualTo(expectedContent(type, !readsDocuments(type)));
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void imageUrlIsSentAsAUrlWhereTheProviderFetchesUrls(ProviderType type) {
		Message message = Message.user("Describe", ContentPart.imageUrl("https://example.com/cat.png"));
		try (LlmClient client = client(type)) {
			if (!MediaSupport.of(type).imageUrls()) {
				assertThatExceptionOfType(LlmInvalidRequestException.class)
					.isThrownBy(() -> client.chat(List.of(message), visionModel(type)))
					.withMessage(type.id() + ": messages[0].content[1] (ImagePart[image/png, url "
							+ "https://example.com/cat.png]) is refused: " + type.id()
							+ " fetches no image URLs; send the bytes instead");
				assertThat(server.requestCount()).isZero();
				return;
			}
			assertThat(client.chat(List.of(message), visionModel(type)).text())
				.contains("Received 1 attachment: image (")
				.contains("from https://example.com/cat.png)");
		}
		JsonNode part = lastUserContent(type, server.takeRequest().json()).get(1);
		JsonNode expected = switch (type.family()) {
			case OPENAI_COMPATIBLE -> JSON.readTree(
					"{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/cat.png\"}}");
			case ANTHROPIC -> JSON.readTree(
					"{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://example.com/cat.png\"}}");
			case GEMINI -> JSON.readTree(
					"{\"fileData\":{\"mimeType\":\"image/png\",\"fileUri\":\"https://example.com/cat.png\"}}");
		};
		assertThat(part).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void pdfIsRefusedBeforeSendingWhereTheProviderReadsNone(ProviderType type) {
		Message message = Message.user("Summarise", ContentPart.pdf(PDF, "invoice.pdf"));
		try (LlmClient client = client(type)) {
			if (readsDocuments(type)) {
				assertThat(client.chat(List.of(message), visionModel(type)).text())
					.contains("Received 1 attachment: document")
					.contains("application/pdf, " + PDF.length + " bytes");
				return;
			}
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(List.of(message), visionModel(type)))
				.withMessage(type.id() + ": messages[0].content[1] (DocumentPart[invoice.pdf, application/pdf, "
						+ PDF.length + " bytes]) is refused: " + type.id() + " takes no documents in chat requests");
		}
		assertThat(server.requestCount()).isZero();
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void unsupportedImageTypeIsRefusedNamingTheTypesTheProviderReads(ProviderType type) {
		Message message = Message.user("Describe", ContentPart.image(PNG, "image/bmp"));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(List.of(message), visionModel(type)))
				.withMessageStartingWith(type.id() + ": messages[0].content[1] (ImagePart[image/bmp, 16 bytes]) "
						+ "is refused: " + type.id() + " reads images of type ")
				.withMessageContaining("image/png")
				.satisfies((ex) -> assertThat(ex.provider()).isEqualTo(type.id()));
		}
		assertThat(server.requestCount()).isZero();
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void imageInToolResultReachesClaudeAndIsRefusedElsewhere(ProviderType type) {
		ToolCall call = ToolCall.of("call_1", "screenshot", "{}");
		List<Message> conversation = List.of(Message.user("Take a screenshot"), Message.assistant(List.of(call)),
				Message.toolResult("call_1", "screenshot",
						List.of(ContentPart.text("the page"), ContentPart.image(PNG, "image/png"))));
		try (LlmClient client = client(type)) {
			if (MediaSupport.of(type).toolResultMedia()) {
				assertThat(client.chat(conversation, visionModel(type)).text()).contains("the page");
				JsonNode result = server.takeRequest().json().path("messages").get(2).path("content").get(0);
				assertThat(result.path("content")).isEqualTo(JSON.readTree("[{\"type\":\"text\",\"text\":\"the page\"},"
						+ "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\""
						+ Base64.getEncoder().encodeToString(PNG) + "\"}}]"));
				return;
			}
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(conversation, visionModel(type)))
				.withMessageContaining("messages[2].content[1]")
				.withMessageEndingWith(type.id() + " takes no images or documents in tool results; "
						+ "send them in a user message");
		}
		assertThat(server.requestCount()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = ProviderType.class, names = { "GROQ", "DEEPSEEK", "MISTRAL" })
	void textOnlyModelIsRefusedWhereOnlyVisionModelsReadImages(ProviderType type) {
		String model = switch (type) {
			case GROQ -> "llama-3.3-70b-versatile";
			case DEEPSEEK -> "deepseek-chat";
			default -> "open-mistral-nemo";
		};
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(List.of(question(type)), ChatOptions.builder().model(model).build()))
				.withMessageContaining("model '" + model + "' of " + type.id() + " reads no images or documents; "
						+ "use a model matching ");
		}
		assertThat(server.requestCount()).isZero();
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void partOverTheProvidersSizeLimitIsRefusedNamingTheLimit(ProviderType type) {
		MediaSupport support = MediaSupport.of(type);
		long limit = (support.maxImageBytes() > 0) ? support.maxImageBytes()
				: (support.maxDocumentBytes() > 0) ? support.maxDocumentBytes() : support.maxInlineBytes();
		if (limit == 0) {
			assertThat(type).isIn(ProviderType.OPENROUTER, ProviderType.OLLAMA);
			return;
		}
		byte[] data = new byte[(int) limit + 1];
		ContentPart part = (support.maxImageBytes() > 0 || support.maxDocumentBytes() == 0)
				? ContentPart.image(data, "image/png") : ContentPart.pdf(data, "big.pdf");
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user("Look", part)), visionModel(type)))
				.withMessageStartingWith(type.id() + ": messages[0].content[1] (")
				.withMessageContaining("over the limit of " + limit + " bytes (" + (limit / (1024 * 1024)) + " MB)");
		}
		assertThat(server.requestCount()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = ProviderType.class, names = { "GROQ", "MISTRAL", "CLAUDE", "OPENAI" })
	void tooManyImagesInOneRequestAreRefusedCountingEarlierTurns(ProviderType type) {
		int max = MediaSupport.of(type).maxImages();
		List<Message> conversation = new ArrayList<>();
		for (int i = 0; i <= max; i++) {
			conversation.add(Message.user("Picture " + i, ContentPart.image(PNG, "image/png")));
			conversation.add(Message.assistant("Seen."));
		}
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(conversation, visionModel(type)))
				.withMessageContaining("messages[" + (2 * max) + "].content[1]")
				.withMessageEndingWith(type.id() + " takes at most " + max
						+ " images in one request, and earlier turns count");
		}
	}

	private static JsonNode lastUserContent(ProviderType type, JsonNode body) {
		return userContent(type, body, -1);
	}

	/** Return the content of the user turn at an index (-1: the last one) in the family's own field names. */
	private static JsonNode userContent(ProviderType type, JsonNode body, int index) {
		JsonNode turns = body.path((type.family() == WireFamily.GEMINI) ? "contents" : "messages");
		List<JsonNode> users = new ArrayList<>();
		turns.forEach((turn) -> {
			if ("user".equals(turn.path("role").asString(""))) {
				users.add(turn);
			}
		});
		JsonNode turn = users.get((index < 0) ? users.size() - 1 : index);
		return turn.path((type.family() == WireFamily.GEMINI) ? "parts" : "content");
	}

	/** The content each family must carry for {@link #question}, written out independently of the mappers. */
	static ArrayNode expectedContent(ProviderType type, boolean imageOnly) {
		String png = Base64.getEncoder().encodeToString(PNG);
		String pdf = Base64.getEncoder().encodeToString(PDF);
		String text = (imageOnly) ? "What does this show?" : "What do these show?";
		ArrayNode content = JSON.createArrayNode();
		switch (type.family()) {
			case OPENAI_COMPATIBLE -> {
				content.addObject().put("type", "text").put("text", text);
				content.addObject()
					.put("type", "image_url")
					.putObject("image_url")
					.put("url", "data:image/png;base64," + png);
				if (!imageOnly && type == ProviderType.MISTRAL) {
					content.addObject()
						.put("type", "document_url")
						.put("document_url", "data:application/pdf;base64," + pdf)
						.put("document_name", "invoice.pdf");
				}
				else if (!imageOnly) {
					content.addObject()
						.put("type", "file")
						.putObject("file")
						.put("filename", "invoice.pdf")
						.put("file_data", "data:application/pdf;base64," + pdf);
				}
			}
			case ANTHROPIC -> {
				content.addObject().put("type", "text").put("text", text);
				source(content.addObject().put("type", "image"), "image/png", png);
				source(content.addObject().put("type", "document"), "application/pdf", pdf).put("title",
						"invoice.pdf");
			}
			case GEMINI -> {
				content.addObject().put("text", text);
				content.addObject().putObject("inlineData").put("mimeType", "image/png").put("data", png);
				content.addObject().putObject("inlineData").put("mimeType", "application/pdf").put("data", pdf);
			}
		}
		return content;
	}

	private static ObjectNode source(ObjectNode block, String mimeType, String data) {
		block.putObject("source").put("type", "base64").put("media_type", mimeType).put("data", data);
		return block;
	}

}
