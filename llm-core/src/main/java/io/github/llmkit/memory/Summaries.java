package io.github.llmkit.memory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.tool.ToolCall;

/**
 * Summarises what falls out of a conversation's window with the conversation's client, and keeps the last
 * summary of each of the most recent conversations so that the next turn only summarises what newly fell out.
 */
final class Summaries {

	static final String PREFIX = "Summary of the earlier part of this conversation:\n";

	private static final int MAX_ENTRIES = 1_000;

	private static final String INSTRUCTIONS = "Summarise the conversation below in a few sentences for the "
			+ "assistant who continues it: keep names, numbers, decisions, tool results and open questions. "
			+ "Answer with the summary only.";

	private final Map<String, Summary> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Summary> eldest) {
			return size() > MAX_ENTRIES;
		}

	});

	/**
	 * Return the system message summarising {@code history[0, cut)}, or null when nothing non-system falls out.
	 */
	Message summarize(String conversationId, List<StoredMessage> history, int cut, LlmClient client,
			ChatOptions options) {
		int from = 0;
		String previous = null;
		Summary cached = this.cache.get(conversationId);
		if (cached != null && cached.covers(history, cut)) {
			if (cached.through == cut) {
				return Message.system(PREFIX + cached.text);
			}
			from = cached.through;
			previous = cached.text;
		}
		StringBuilder transcript = new StringBuilder();
		if (previous != null) {
			transcript.append("Earlier summary: ").append(previous).append("\n");
		}
		boolean any = false;
		for (StoredMessage stored : history.subList(from, cut)) {
			Message message = stored.message();
			if (message.role() != Role.SYSTEM) {
				any = true;
				render(message, transcript);
			}
		}
		if (!any && previous == null) {
			return null;
		}
		ChatOptions summaryOptions = ChatOptions.builder().model((options != null) ? options.model() : null).build();
		String text = client.chat(List.of(Message.system(INSTRUCTIONS), Message.user(transcript.toString())),
				summaryOptions).text();
		this.cache.put(conversationId, new Summary(cut, history.get(cut - 1).message(), text));
		return Message.system(PREFIX + text);
	}

	private static void render(Message message, StringBuilder out) {
		out.append(message.role().name().toLowerCase(Locale.ROOT)).append(": ");
		if (message.text() != null) {
			out.append(message.text());
		}
		for (ToolCall call : message.toolCalls()) {
			out.append(" [calls ").append(call.name()).append(' ').append(call.arguments()).append(']');
		}
		out.append('\n');
	}

	/**
	 * A summary of the first {@code through} messages of a history whose last summarised message was
	 * {@code last}.
	 */
	private record Summary(int through, Message last, String text) {

		boolean covers(List<StoredMessage> history, int cut) {
			return this.through <= cut && this.through <= history.size()
					&& history.get(this.through - 1).message().equals(this.last);
		}

	}

}
