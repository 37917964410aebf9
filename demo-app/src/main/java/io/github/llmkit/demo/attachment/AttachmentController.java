package io.github.llmkit.demo.attachment;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.Message;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.demo.chat.ChatReply;
import io.github.llmkit.demo.chat.ChatRequest;
import io.github.llmkit.demo.provider.ProviderCatalog;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Ask about uploaded images and PDFs: a multipart form with the message and up to four files, answered as
 * {@code /api/chat} answers. A provider or model that cannot read a file is refused before any call, with a
 * 400 naming the part and the limit; a bad file is a 400 naming {@code file}; an upload over
 * {@code spring.servlet.multipart.max-file-size} is a 413.
 *
 * @since 0.1.0
 */
@RestController
public class AttachmentController {

	private final ProviderCatalog catalog;

	/**
	 * Create the controller.
	 * @param catalog the configured clients
	 */
	public AttachmentController(ProviderCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Send the message with the files attached (after the text) and return the whole answer.
	 * @param provider the client name, or empty for the default client
	 * @param message the user message
	 * @param system the system prompt, may be empty
	 * @param model the model, or empty for the client's default
	 * @param files the images and PDFs, form field {@code file}, repeated for several
	 * @return the answer with model, finish reason and usage
	 */
	@PostMapping(path = "/api/chat/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	public ChatReply chat(@RequestParam(required = false) String provider,
			@RequestParam(required = false) String message, @RequestParam(required = false) String system,
			@RequestParam(required = false) String model,
			@RequestParam(name = "file", required = false) List<MultipartFile> files) {
		ChatRequest request = new ChatRequest(provider, message, system, model);
		List<Message> messages = new ArrayList<>(request.messages());
		Message text = messages.remove(messages.size() - 1);
		List<ContentPart> content = new ArrayList<>(text.content());
		content.addAll(UploadedFiles.parts(files));
		messages.add(Message.user(content));
		LlmClient client = this.catalog.client(provider);
		return ChatReply.of(client, client.chat(messages, request.options()));
	}

}
