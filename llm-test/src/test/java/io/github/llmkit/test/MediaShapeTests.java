package io.github.llmkit.test;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator accepts each family's image and document shapes, reports what it received, and refuses wrong
 * shapes the way the provider does.
 */
class MediaShapeTests {

	private static final String PNG = "iVBORw0KGgo=";

	private static final String PDF = "JVBERi0xLjQ=";

	private static final String[] BEARER = { "Authorization", "Bearer " + MockLlmServer.API_KEY };

	private final MockLlmServer server = MockLlmServer.start();

	@AfterEach
	void close() {
		this.server.close();
	}

	@Test
	void openAiImageAndFilePartsAreAcceptedAndReported() {
		HttpResponse<String> response = openAi("openai", "gpt-4o", "[{\"type\":\"text\",\"text\":\"What is it?\"},"
				+ "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64," + PNG + "\"}},"
				+ "{\"type\":\"file\",\"file\":{\"filename\":\"a.pdf\",\"file_data\":\"data:application/pdf;base64," + PDF
				+ "\"}}]");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.json(response).at("/choices/0/message/content").asString())
			.isEqualTo("You said: What is it? Received 2 attachments: image (image/png, 8 bytes), "
					+ "document a.pdf (application/pdf, 8 bytes).");
	}

	@Test
	void openAiFileDataThatIsNotADataUrlIsRefused() {
		HttpResponse<String> response = openAi("openai", "gpt-4o",
				"[{\"type\":\"file\",\"file\":{\"filename\":\"a.pdf\",\"file_data\":\"" + PDF + "\"}}]");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.json(response).at("/error/message").asString())
			.startsWith("Invalid file data: 'messages[0].content[0].file.file_data'");
		HttpResponse<String> unnamed = openAi("openai", "gpt-4o", "[{\"type\":\"file\",\"file\":{\"file_data\":"
				+ "\"data:application/pdf;base64," + PDF + "\"}}]");
		assertThat(Http.json(unnamed).at("/error/message").asString())
			.isEqualTo("Missing required parameter: 'messages[0].content[0].file.file_id'.");
	}

	@Test
	void ollamaRefusesImageUrlsGifAndFileParts() {
		String url = "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}}]";
		assertThat(Http.json(openAi("ollama", "llava", url)).at("/error/message").asString())
			.isEqualTo("image URLs are not currently supported, please use base64 encoded data instead");
		String gif = "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/gif;base64,R0lGOA==\"}}]";
		assertThat(Http.json(openAi("ollama", "llava", gif)).at("/error/message").asString())
			.isEqualTo("invalid image input");
		String file = "[{\"type\":\"file\",\"file\":{\"filename\":\"a.pdf\",\"file_data\":\"data:application/pdf;base64,"
				+ PDF + "\"}}]";
		assertThat(Http.json(openAi("ollama", "llava", file)).at("/error/message").asString())
			.isEqualTo("invalid message format");
	}

	@Test
	void deepSeekTextModelRefusesImageParts() {
		String image = "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64," + PNG + "\"}}]";
		HttpResponse<String> response = openAi("deepseek", "deepseek-chat", image);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.json(response).at("/error/message").asString())
			.contains("unknown variant `image_url`, expected `text`");
		assertThat(openAi("deepseek", "deepseek-flash", image).statusCode()).isEqualTo(200);
	}

	@Test
	void mistralTakesDocumentUrlPartsAndTheStringImageForm() {
		HttpResponse<String> response = openAi("mistral", "mistral-large-latest",
				"[{\"type\":\"image_url\",\"image_url\":\"https://example.com/a.png\"},{\"type\":\"document_url\","
						+ "\"document_url\":\"data:application/pdf;base64," + PDF + "\",\"document_name\":\"b.pdf\"}]");
		assertThat(Http.json(response).at("/choices/0/message/content").asString()).contains(
				"image (from https://example.com/a.png), document b.pdf (application/pdf, 8 bytes)");
		assertThat(openAi("openai", "gpt-4o",
				"[{\"type\":\"image_url\",\"image_url\":\"https://example.com/a.png\"}]").statusCode()).isEqualTo(400);
	}

	@Test
	void anthropicImageBlocksNeedRawBase64AndASupportedType() {
		String good = "[{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\""
				+ PNG + "\"}},{\"type\":\"text\",\"text\":\"What?\"}]";
		HttpResponse<String> response = anthropic(good);
		assertThat(Http.json(response).at("/content/0/text").asString())
			.isEqualTo("You said: What? Received 1 attachment: image (image/png, 8 bytes).");
		String dataUrl = "[{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":"
				+ "\"data:image/png;base64," + PNG + "\"}}]";
		assertThat(Http.json(anthropic(dataUrl)).at("/error/message").asString())
			.isEqualTo("messages.0.content.0.image.source.base64.data: The image data is not valid base64");
		String bmp = "[{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/bmp\",\"data\":\"" + PNG
				+ "\"}}]";
		assertThat(anthropic(bmp).statusCode()).isEqualTo(400);
	}

	@Test
	void geminiInlineDataMustBeRawBase64() {
		String good = "[{\"text\":\"What?\"},{\"inlineData\":{\"mimeType\":\"application/pdf\",\"data\":\"" + PDF
				+ "\"}}]";
		assertThat(Http.json(gemini(good)).at("/candidates/0/content/parts/0/text").asString())
			.isEqualTo("You said: What? Received 1 attachment: document (application/pdf, 8 bytes).");
		String dataUrl = "[{\"inline_data\":{\"mime_type\":\"image/png\",\"data\":\"data:image/png;base64," + PNG
				+ "\"}}]";
		HttpResponse<String> refused = gemini(dataUrl);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Http.json(refused).at("/error/message").asString()).contains("Base64 decoding failed");
	}

	@Test
	void groqRefusesMoreThanFourMegabytesOfBase64ImagesWith413() {
		String big = "A".repeat(4 * 1024 * 1024);
		HttpResponse<String> response = openAi("groq", "meta-llama/llama-4-scout-17b-16e-instruct",
				"[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64," + big + "\"}}]");
		assertThat(response.statusCode()).isEqualTo(413);
		String small = "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64," + PNG + "\"}}]";
		assertThat(openAi("groq", "meta-llama/llama-4-scout-17b-16e-instruct", small).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> openAi(String provider, String model, String content) {
		String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":" + content + "}]}";
		return Http.post(this.server.baseUrl(provider) + "/chat/completions", body, BEARER);
	}

	private HttpResponse<String> anthropic(String content) {
		String body = "{\"model\":\"claude-sonnet-4-6\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":"
				+ content + "}]}";
		return Http.post(this.server.baseUrl("claude") + "/messages", body, "x-api-key", MockLlmServer.API_KEY,
				"anthropic-version", "2023-06-01");
	}

	private HttpResponse<String> gemini(String parts) {
		String body = "{\"contents\":[{\"role\":\"user\",\"parts\":" + parts + "}]}";
		return Http.post(this.server.baseUrl("gemini") + "/models/gemini-2.5-flash:generateContent", body,
				"x-goog-api-key", MockLlmServer.API_KEY);
	}

}
