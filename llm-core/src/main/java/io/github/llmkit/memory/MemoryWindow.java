package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;

/**
 * Which part of a stored history is sent with a new turn: at most a number of messages, at most a number of
 * tokens, or both. The window only ever starts at a user message, so a tool call always travels with its
 * results, reasoning blocks (Claude's signed thinking, DeepSeek's {@code reasoning_content}) with their turn,
 * and the first message after the system messages is a user message, as Anthropic and Gemini require. System
 * messages are always kept, even those before the start of the window.
 *
 * @param maxMessages the most non-system messages kept, or null for no limit
 * @param maxTokens the most tokens of system and kept messages plus the new turn's, counted with the usage the
 * provider reported and estimated for messages it never counted, or null for no limit
 * @since 0.1.0
 */
public record MemoryWindow(Integer maxMessages, Integer maxTokens) {

	private static final MemoryWindow ALL = new MemoryWindow(null, null);

	/**
	 * Create a window, checking that each limit set is positive.
	 * @throws IllegalArgumentException naming the limit that is not positive
	 */
	public MemoryWindow {
		if (maxMessages != null && maxMessages <= 0) {
			throw new IllegalArgumentException("'maxMessages' must be positive, was " + maxMessages);
		}
		if (maxTokens != null && maxTokens <= 0) {
			throw new IllegalArgumentException("'maxTokens' must be positive, was " + maxTokens);
		}
	}

	/**
	 * Return the window that keeps the whole history.
	 * @return the unlimited window
	 */
	public static MemoryWindow all() {
		return ALL;
	}

	/**
	 * Return a window of at most {@code maxMessages} non-system messages.
	 * @param maxMessages the limit, positive
	 * @return the window
	 */
	public static MemoryWindow lastMessages(int maxMessages) {
		return new MemoryWindow(maxMessages, null);
	}

	/**
	 * Return a window of at most {@code maxTokens} tokens.
	 * @param maxTokens the limit, positive
	 * @return the window
	 */
	public static MemoryWindow maxTokens(int maxTokens) {
		return new MemoryWindow(null, maxTokens);
	}

	/**
	 * Return the part of a history this window keeps: the system messages, then the longest tail that starts
	 * at a user message and fits both limits (possibly none).
	 * @param history the stored messages, oldest first
	 * @return the kept messages, in order
	 */
	public List<StoredMessage> apply(List<StoredMessage> history) {
		if (history == null) {
			throw new IllegalArgumentException("'history' must not be null");
		}
		return keep(history, cut(history, 0));
	}

	/**
	 * Return the index of the first non-system message kept, {@code history.size()} when none is.
	 */
	int cut(List<StoredMessage> history, int reservedTokens) {
		int systemTokens = reservedTokens;
		for (StoredMessage stored : history) {
			if (stored.message().role() == Role.SYSTEM) {
				systemTokens += stored.tokensOrEstimate();
			}
		}
		int cut = history.size();
		int messages = 0;
		int tokens = systemTokens;
		for (int i = history.size() - 1; i >= 0; i--) {
			Message message = history.get(i).message();
			if (message.role() == Role.SYSTEM) {
				continue;
			}
			messages++;
			tokens += history.get(i).tokensOrEstimate();
			if ((this.maxMessages != null && messages > this.maxMessages)
					|| (this.maxTokens != null && tokens > this.maxTokens)) {
				break;
			}
			if (message.role() == Role.USER) {
				cut = i;
			}
		}
		return cut;
	}

	/**
	 * Return the system messages before {@code cut} followed by every message from {@code cut} on.
	 */
	static List<StoredMessage> keep(List<StoredMessage> history, int cut) {
		List<StoredMessage> kept = new ArrayList<>();
		for (int i = 0; i < cut; i++) {
			if (history.get(i).message().role() == Role.SYSTEM) {
				kept.add(history.get(i));
			}
		}
		kept.addAll(history.subList(cut, history.size()));
		return kept;
	}

}
