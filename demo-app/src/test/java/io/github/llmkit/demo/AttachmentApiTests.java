package io.github.llmkit.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.github.llmkit.demo.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/chat/attachments}: multipart uploads of images and PDFs, over real HTTP against the simulator.
 */
class AttachmentApiTests extends RunningDemo {

	private static final String BOUNDARY = "llmkit-test-boundary";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini", "openrouter", "mistral" })
	void imageAndPdfAreAnsweredByProvidersThatReadBoth(String provider) {
		Reply reply = upload(Map.of("provider", provider, "message", "What are these?"),
				List.of(new Upload("photo.png", "image/png", PNG), new Upload("bill.pdf", "application/pdf", PDF)));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("text").asString()).startsWith("You said: What are these? Received 2 attachments: "
				+ "image (image/png, 16 bytes), document");
	}

	@ParameterizedTest
	@ValueSource(strings = { "grok", "ollama" })
	void imageIsAnsweredByProvidersThatReadImagesOnly(String provider) {
		Reply reply = upload(Map.of("provider", provider, "message", "What is it?"),
				List.of(new Upload("photo.png", "image/png", PNG)));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("text").asString()).contains("image (image/png, 16 bytes)");
		Reply pdf = upload(Map.of("provider", provider, "message", "And this?"),
				List.of(new Upload("bill.pdf", "application/pdf", PDF)));
		assertThat(pdf.status()).isEqualTo(400);
		assertThat(pdf.json().get("detail").asString()).endsWith(provider + " takes no documents in chat requests");
	}

	@Test
	void theImageReachesTheProviderAsADataUrl() {
		upload(Map.of("provider", "openai", "message", "Look"), List.of(new Upload("p.png", "image/png", PNG)));
		JsonNode content = this.server.takeRequest().json().at("/messages/0/content");
		assertThat(content.get(0).get("text").asString()).isEqualTo("Look");
		assertThat(content.get(1).at("/image_url/url").asString())
			.isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG));
	}

	@ParameterizedTest
	@ValueSource(strings = { "groq", "deepseek", "fast" })
	void textOnlyDefaultModelIsRefusedBeforeAnyCallNamingTheModel(String provider) {
		Reply reply = upload(Map.of("provider", provider, "message", "What is it?"),
				List.of(new Upload("photo.png", "image/png", PNG)));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains("messages[0].content[1] (ImagePart[image/png, 16 bytes])")
			.contains("reads no images or documents");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void fileThatIsNeitherImageNorPdfIsA400NamingTheFileField() {
		Reply reply = upload(Map.of("message", "Read this"),
				List.of(new Upload("notes.png", "image/png", "just text".getBytes(StandardCharsets.US_ASCII))));
		ChatApiTests.assertProblem(reply, 400, "file");
		assertThat(reply.json().get("detail").asString()).contains("'notes.png'").contains("first bytes");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void missingOrEmptyFileIsA400NamingTheFileField() {
		ChatApiTests.assertProblem(upload(Map.of("message", "Hi"), List.of()), 400, "file");
		ChatApiTests.assertProblem(
				upload(Map.of("message", "Hi"), List.of(new Upload("empty.png", "image/png", new byte[0]))), 400,
				"file");
		ChatApiTests.assertProblem(upload(Map.of(), List.of(new Upload("p.png", "image/png", PNG))), 400, "message");
	}

	@Test
	void uploadOverTenMegabytesIsA413Problem() {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		Reply reply = upload(Map.of("message", "Big"), List.of(new Upload("big.png", "image/png", big)));
		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void pageLoadsTheAttachmentScriptWhichPostsToTheUploadEndpoint() {
		assertThat(this.api.get("/").body()).contains("<div id=\"attachments\"></div>")
			.contains("<script src=\"attachments.js\"></script>");
		Reply script = this.api.get("/attachments.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.body()).contains("fetch('/api/chat/attachments'").contains("form.append('file'");
	}

	private Reply upload(Map<String, String> fields, List<Upload> files) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		for (Upload file : files) {
			write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.name() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n");
			body.writeBytes(file.bytes());
			write(body, "\r\n");
		}
		write(body, "--" + BOUNDARY + "--\r\n");
		return this.api.post("/api/chat/attachments", "multipart/form-data; boundary=" + BOUNDARY,
				body.toByteArray());
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	record Upload(String name, String type, byte[] bytes) {
	}

}
