package io.github.llmkit.route;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.github.llmkit.ProviderType;
import io.github.llmkit.WireFamily;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Role;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.DocumentPart;
import io.github.llmkit.content.ImagePart;
import io.github.llmkit.content.Media;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.provider.MediaSupport;
import io.github.llmkit.tool.ToolCall;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a conversation readable by one wire family before a route sends it there, since its earlier turns
 * may come from another family: signed and redacted reasoning blocks (Anthropic's) go only to Anthropic,
 * thought signatures on tool calls (Gemini's) only to Gemini, tool-call ids the family would reject are
 * rewritten the same way in the call and its result, and an image or document given by a URL that the
 * member's provider does not fetch ({@link MediaSupport}) becomes a text note naming the URL. Anything else the
 * provider cannot take is left for the client's own check to refuse. A conversation that needs nothing is
 * returned as is.
 */
final class HistoryConverter {

	private static final Logger logger = LoggerFactory.getLogger(HistoryConverter.class);

	private static final Pattern ANTHROPIC_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int OPENAI_MAX_ID_LENGTH = 40;


	private HistoryConverter() {
	}

	/**
	 * Return the conversation as the family can read it, logging a note of what was dropped or rewritten.
	 * @param route the route's name, for the note
	 * @param member the member about to receive it, for the note
	 * @param type the member's provider type
	 * @param messages the conversation; null elements are left for the member to report
	 * @return the same list when nothing had to change, else a converted copy
	 */
	static List<Message> convert(String route, String member, ProviderType type, List<Message> messages) {
		WireFamily family = type.family();
		if (!needsConversion(type, messages)) {
			return messages;
		}
		int[] dropped = new int[3];
		List<Message> converted = new ArrayList<>(messages.size());
		for (Message message : messages) {
			converted.add((message != null) ? convert(type, message, dropped) : null);
		}
		logger.info("Route '{}': history sent to {} ({} family) without {} reasoning block(s) and {} tool-call "
				+ "signature(s) only another family can read, with {} URL attachment(s) it cannot fetch replaced by "
				+ "a note; tool-call ids it would reject were rewritten", route, member, family, dropped[0],
				dropped[1], dropped[2]);
		return converted;
	}

	private static boolean needsConversion(ProviderType type, List<Message> messages) {
		WireFamily family = type.family();
		for (Message message : messages) {
			if (message == null) {
				continue;
			}
			if (message.role() == Role.TOOL && !idFits(family, message.toolCallId())) {
				return true;
			}
			for (ContentPart part : message.content()) {
				if (!fetchable(type, part)) {
					return true;
				}
			}
			for (ReasoningBlock block : message.reasoning()) {
				if (!readable(type, block)) {
					return true;
				}
			}
			for (ToolCall call : message.toolCalls()) {
				if (!idFits(family, call.id()) || (call.signature() != null && family != WireFamily.GEMINI)) {
					return true;
				}
			}
		}
		return false;
	}

	private static Message convert(ProviderType type, Message message, int[] dropped) {
		WireFamily family = type.family();
		List<ContentPart> content = content(type, message.content(), dropped);
		if (message.role() == Role.TOOL) {
			return new Message(Role.TOOL, content, null, fit(family, message.toolCallId()), message.toolName(),
					message.error(), null);
		}
		if (message.role() != Role.ASSISTANT) {
			return new Message(message.role(), content, null, null, null, false, null);
		}
		List<ReasoningBlock> reasoning = new ArrayList<>(message.reasoning().size());
		for (ReasoningBlock block : message.reasoning()) {
			if (readable(type, block)) {
				reasoning.add(block);
			}
			else if (block.details() != null && block.text() != null && block.signature() == null
					&& !block.redacted()) {
				reasoning.add(new ReasoningBlock(block.text(), null, null));
			}
			else {
				dropped[0]++;
			}
		}
		List<ToolCall> calls = new ArrayList<>(message.toolCalls().size());
		for (ToolCall call : message.toolCalls()) {
			boolean keepSignature = call.signature() == null || family == WireFamily.GEMINI;
			if (!keepSignature) {
				dropped[1]++;
			}
			calls.add(new ToolCall(fit(family, call.id()), call.name(), call.arguments(),
					(keepSignature) ? call.signature() : null));
		}
		return new Message(Role.ASSISTANT, content, calls, null, null, false, reasoning);
	}

	private static List<ContentPart> content(ProviderType type, List<ContentPart> parts, int[] dropped) {
		List<ContentPart> content = new ArrayList<>(parts.size());
		for (ContentPart part : parts) {
			if (fetchable(type, part)) {
				content.add(part);
			}
			else {
				dropped[2]++;
				content.add(new TextPart("[attachment " + media(part).url() + " omitted: " + type.displayName()
						+ " does not fetch attachments from URLs]"));
			}
		}
		return content;
	}

	/**
	 * Return whether a provider takes a part as far as URLs go: text and inline media always, a URL when its
	 * {@link MediaSupport} says it fetches that kind.
	 */
	private static boolean fetchable(ProviderType type, ContentPart part) {
		Media media = media(part);
		if (media == null || media.inline()) {
			return true;
		}
		MediaSupport support = MediaSupport.of(type);
		return (part instanceof ImagePart) ? support.imageUrls() : support.documentUrls();
	}

	private static Media media(ContentPart part) {
		if (part instanceof ImagePart image) {
			return image.media();
		}
		return (part instanceof DocumentPart document) ? document.media() : null;
	}

	/**
	 * Return whether a provider can read a reasoning block: signed and redacted blocks only Anthropic can verify;
	 * OpenRouter {@code reasoning_details} only a provider that takes them back (whose other providers get the
	 * block's plain text, if any); plain reasoning text any family may take.
	 */
	private static boolean readable(ProviderType type, ReasoningBlock block) {
		if (block.details() != null && !type.quirks().reasoningObject()) {
			return false;
		}
		WireFamily family = type.family();
		boolean signed = block.redacted() || (block.signature() != null && !block.signature().isEmpty());
		return !signed || family == WireFamily.ANTHROPIC;
	}

	private static boolean idFits(WireFamily family, String id) {
		return switch (family) {
			case ANTHROPIC -> ANTHROPIC_ID.matcher(id).matches();
			case OPENAI_COMPATIBLE -> id.length() <= OPENAI_MAX_ID_LENGTH;
			case GEMINI -> true;
		};
	}

	private static String fit(WireFamily family, String id) {
		if (idFits(family, id)) {
			return id;
		}
		UUID digest = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
		return "call_" + HexFormat.of().toHexDigits(digest.getMostSignificantBits())
				+ HexFormat.of().toHexDigits(digest.getLeastSignificantBits()).substring(0, 8);
	}

}
