package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The checks OpenAI-compatible providers make on content parts ({@code text}, {@code image_url}, OpenAI's and
 * OpenRouter's {@code file}, Mistral's {@code document_url}), with each provider's own refusals: Ollama takes no
 * image URLs and no files, DeepSeek, Groq and Mistral read images only on their vision models.
 */
final class OpenAiMedia {

	private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");

	private static final Set<String> OLLAMA_TYPES = Set.of("image/png", "image/jpeg", "image/jpg", "image/webp");

	private static final Pattern VISION = Pattern
		.compile("(?i).*(vision|llama-4|scout|maverick|pixtral|mistral-medium|mistral-small|mistral-large-latest"
				+ "|magistral|deepseek-flash).*");

	/** Groq refuses a request whose base64 images pass 4 MB with a 413. */
	private static final long GROQ_BASE64_REQUEST_BYTES = 4L * 1024 * 1024;

	private final OpenAiPersonality personality;

	private final String model;

	private OpenAiMedia(OpenAiPersonality personality, String model) {
		this.personality = personality;
		this.model = model;
	}

	/**
	 * Return the provider's error for the first malformed or unsupported content part, or null.
	 */
	static HttpReply check(OpenAiPersonality personality, JsonNode body) {
		OpenAiMedia media = new OpenAiMedia(personality, body.path("model").asString(""));
		JsonNode messages = body.path("messages");
		long base64Images = 0;
		for (int i = 0; i < messages.size(); i++) {
			JsonNode content = messages.get(i).path("content");
			String role = messages.get(i).path("role").asString("");
			for (int j = 0; content.isArray() && j < content.size(); j++) {
				String problem = media.part(role, content.get(j), "messages[" + i + "].content[" + j + "]");
				if (problem != null) {
					return OpenAiErrors.of(personality, 400, "invalid_request_error", null, problem, null);
				}
				String url = url(content.get(j).get("image_url"));
				base64Images += (url != null && url.startsWith("data:")) ? url.length() : 0;
			}
		}
		if (personality == OpenAiPersonality.GROQ && base64Images > GROQ_BASE64_REQUEST_BYTES) {
			return OpenAiErrors.of(personality, 413, "invalid_request_error", "request_too_large",
					"Request Entity Too Large", null);
		}
		return null;
	}

	/**
	 * Return the attachments of a message's content.
	 */
	static List<Attachment> attachments(JsonNode content) {
		List<Attachment> found = new ArrayList<>();
		for (JsonNode part : content) {
			String type = part.path("type").asString("");
			if (type.equals("image_url")) {
				found.add(attachment("image", url(part.get("image_url")), null));
			}
			else if (type.equals("file")) {
				JsonNode file = part.path("file");
				found.add(attachment("document", file.path("file_data").asString(""),
						file.path("filename").asString(null)));
			}
			else if (type.equals("document_url")) {
				found.add(attachment("document", part.path("document_url").asString(""),
						part.path("document_name").asString(null)));
			}
		}
		return found;
	}

	private static Attachment attachment(String kind, String url, String name) {
		Attachment inline = Attachment.dataUrl(kind, url, name);
		return (inline != null) ? inline : new Attachment(kind, null, -1, url, name);
	}

	private String part(String role, JsonNode part, String path) {
		String type = part.path("type").asString("");
		switch (type) {
			case "text":
				return (part.path("text").isString()) ? null : "Invalid type for '" + path + ".text': expected a string.";
			case "image_url":
				return image(role, part, path);
			case "file":
				return file(role, part, path);
			case "document_url":
				return document(role, part, path);
			default:
				return "Invalid value: '" + type + "'. Supported values are: 'text', 'image_url', 'input_audio', "
						+ "'refusal', and 'file'.";
		}
	}

	private String image(String role, JsonNode part, String path) {
		if (this.personality == OpenAiPersonality.DEEPSEEK && !VISION.matcher(this.model).matches()) {
			return "Failed to deserialize the JSON body into the target type: " + path.substring(0, path.indexOf('.'))
					+ ": unknown variant `image_url`, expected `text`";
		}
		if ((this.personality == OpenAiPersonality.GROQ || this.personality == OpenAiPersonality.MISTRAL)
				&& !VISION.matcher(this.model).matches()) {
			return "model `" + this.model + "` does not support image input";
		}
		if (!role.equals("user")) {
			return "Image content parts are only allowed in user messages, not in '" + role + "' (" + path + ")";
		}
		JsonNode imageUrl = part.get("image_url");
		boolean stringForm = imageUrl != null && imageUrl.isString();
		boolean stringAllowed = this.personality == OpenAiPersonality.MISTRAL
				|| this.personality == OpenAiPersonality.OLLAMA;
		String url = url(imageUrl);
		if (url == null || (stringForm && !stringAllowed)) {
			return "Invalid type for '" + path + ".image_url': expected an object with a 'url' string.";
		}
		if (Attachment.isHttpUrl(url)) {
			return (this.personality == OpenAiPersonality.OLLAMA)
					? "image URLs are not currently supported, please use base64 encoded data instead" : null;
		}
		Attachment inline = Attachment.dataUrl("image", url, null);
		Set<String> types = (this.personality == OpenAiPersonality.OLLAMA) ? OLLAMA_TYPES : IMAGE_TYPES;
		if (inline == null || !types.contains(inline.mimeType())) {
			return (this.personality == OpenAiPersonality.OLLAMA) ? "invalid image input"
					: "Invalid image at '" + path + ".image_url.url': expected an https URL or a base64 data URL "
							+ "of type png, jpeg, gif or webp.";
		}
		return null;
	}

	private String file(String role, JsonNode part, String path) {
		if (this.personality == OpenAiPersonality.OLLAMA) {
			return "invalid message format";
		}
		if (this.personality != OpenAiPersonality.OPENAI && this.personality != OpenAiPersonality.OPENROUTER) {
			return "Invalid value: 'file'. Supported values are: 'text' and 'image_url'.";
		}
		if (!role.equals("user")) {
			return "File content parts are only allowed in user messages (" + path + ")";
		}
		JsonNode file = part.path("file");
		if (file.has("file_data") && !file.path("filename").isString()) {
			return "Missing required parameter: '" + path + ".file.file_id'.";
		}
		String data = file.path("file_data").asString("");
		if (this.personality == OpenAiPersonality.OPENROUTER && Attachment.isHttpUrl(data)) {
			return null;
		}
		Attachment inline = Attachment.dataUrl("document", data, null);
		if (inline == null || !"application/pdf".equals(inline.mimeType())) {
			return "Invalid file data: '" + path + ".file.file_data'. Expected a base64-encoded data URL with an "
					+ "application/pdf MIME type.";
		}
		return null;
	}

	private String document(String role, JsonNode part, String path) {
		if (this.personality != OpenAiPersonality.MISTRAL) {
			return "Invalid value: 'document_url'. Supported values are: 'text', 'image_url' and 'file'.";
		}
		String url = part.path("document_url").asString("");
		if (!role.equals("user") || (!Attachment.isHttpUrl(url) && Attachment.dataUrl("document", url, null) == null)) {
			return "Invalid document at '" + path + ".document_url': expected an https URL or a base64 data URL.";
		}
		return null;
	}

	private static String url(JsonNode imageUrl) {
		if (imageUrl == null) {
			return null;
		}
		JsonNode url = (imageUrl.isObject()) ? imageUrl.get("url") : imageUrl;
		return (url != null && url.isString()) ? url.stringValue() : null;
	}

}
