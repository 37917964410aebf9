package io.github.llmkit.provider;

import java.util.Set;
import java.util.regex.Pattern;

import io.github.llmkit.ProviderType;

/**
 * Which images and documents one provider takes in a chat request, and how large they may be, as data (from
 * each provider's documentation). The client checks a conversation against it before sending. A limit of 0
 * means the provider documents none.
 *
 * @param imageTypes the image MIME types it reads; empty when it reads no images
 * @param imageUrls whether it fetches images from http(s) URLs
 * @param maxImageBytes the largest image, in bytes
 * @param maxImages the most images in one request (the whole conversation counts)
 * @param documentTypes the document MIME types it reads; empty when it reads no documents
 * @param documentUrls whether it fetches documents from http(s) URLs
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxInlineBytes the most bytes of all images and documents sent inline in one request
 * @param models the models that read images and documents, or null for every model
 * @param toolResultMedia whether tool results may hold images and documents
 * @param urlNeedsType whether a URL part must state its MIME type (Gemini's {@code fileData})
 * @param documentPart how an OpenAI-compatible request carries a document: {@code file} or {@code document_url}
 * @since 0.1.0
 */
public record MediaSupport(Set<String> imageTypes, boolean imageUrls, long maxImageBytes, int maxImages,
		Set<String> documentTypes, boolean documentUrls, long maxDocumentBytes, long maxInlineBytes, Pattern models,
		boolean toolResultMedia, boolean urlNeedsType, String documentPart) {

	private static final long MB = 1024 * 1024;

	private static final Set<String> COMMON_IMAGES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");

	private static final Set<String> PDF = Set.of("application/pdf");

	/**
	 * Create support data, copying the sets.
	 */
	public MediaSupport {
		imageTypes = Set.copyOf(imageTypes);
		documentTypes = Set.copyOf(documentTypes);
	}

	/**
	 * Return what a provider type takes. Sources: each provider's vision and PDF documentation as summarised in
	 * {@code docs/decisions.md}; base64 request limits are turned into limits on the raw bytes (three quarters).
	 * @param type the provider type
	 * @return its support
	 */
	public static MediaSupport of(ProviderType type) {
		return switch (type) {
			case OPENAI -> new MediaSupport(COMMON_IMAGES, true, 0, 500, PDF, false, 32 * MB, 50 * MB, null, false,
					false, "file");
			case GROK -> new MediaSupport(Set.of("image/png", "image/jpeg"), true, 20 * MB, 0, Set.of(), false, 0, 0,
					null, false, false, null);
			case GROQ -> new MediaSupport(COMMON_IMAGES, true, 0, 5, Set.of(), false, 0, 3 * MB,
					Pattern.compile("(?i).*(llama-4|vision|scout|maverick).*"), false, false, null);
			case OPENROUTER -> new MediaSupport(COMMON_IMAGES, true, 0, 0, PDF, true, 0, 0, null, false, false,
					"file");
			case OLLAMA -> new MediaSupport(Set.of("image/png", "image/jpeg", "image/webp"), false, 0, 0, Set.of(),
					false, 0, 0, null, false, false, null);
			case DEEPSEEK -> new MediaSupport(COMMON_IMAGES, true, 32 * MB, 0, Set.of(), false, 0, 36 * MB,
					Pattern.compile("(?i).*(vision|deepseek-flash).*"), false, false, null);
			case MISTRAL -> new MediaSupport(COMMON_IMAGES, true, 10 * MB, 8, PDF, true, 50 * MB, 0,
					Pattern.compile("(?i).*(pixtral|mistral-medium|mistral-small|magistral|mistral-large-(latest|25\\d\\d)"
							+ "|ministral-\\w+-25\\d\\d).*"),
					false, false, "document_url");
			case CLAUDE -> new MediaSupport(COMMON_IMAGES, true, 5 * MB, 100, PDF, true, 0, 24 * MB, null, true,
					false, null);
			case GEMINI -> new MediaSupport(
					Set.of("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"), true, 0, 0, PDF, true,
					50 * MB, 100 * MB, null, false, true, null);
		};
	}

	/**
	 * Return whether a model reads images and documents at all.
	 * @param model the model id
	 * @return true when it does
	 */
	public boolean acceptsModel(String model) {
		return this.models == null || (model != null && this.models.matcher(model).matches());
	}

}
