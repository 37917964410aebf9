package io.github.llmkit.demo.extract;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.Message;
import io.github.llmkit.demo.provider.ProviderCatalog;
import io.github.llmkit.structured.AnswerType;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Extracts an {@link Invoice} from free text with a typed answer: the injected clients need no extra
 * configuration, each provider enforces the schema its own way, and the answer arrives validated.
 *
 * @since 0.1.0
 */
@RestController
public class ExtractController {

	private static final AnswerType<Invoice> INVOICE = AnswerType.of(Invoice.class);

	private static final String INSTRUCTIONS = "Extract the invoice from the user's text. Use only what the text "
			+ "says; leave notes empty when it says nothing about payment.";

	private final ProviderCatalog catalog;

	/**
	 * Create the controller.
	 * @param catalog the configured clients
	 */
	public ExtractController(ProviderCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Extract an invoice from the request's text.
	 * @param request the provider, text and optional model
	 * @return the client name and the validated invoice
	 */
	@PostMapping("/api/extract")
	public ExtractReply extract(@RequestBody ExtractRequest request) {
		String text = request.checkedText();
		LlmClient client = this.catalog.client(request.provider());
		Invoice invoice = client.chat(List.of(Message.system(INSTRUCTIONS), Message.user(text)), INVOICE,
				request.options());
		return new ExtractReply(client.name(), invoice);
	}

	/**
	 * The answer of {@code POST /api/extract}.
	 *
	 * @param provider the client that answered
	 * @param invoice the extracted invoice
	 * @since 0.1.0
	 */
	public record ExtractReply(String provider, Invoice invoice) {
	}

}
