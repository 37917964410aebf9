package io.github.llmkit.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

import io.github.llmkit.tool.ToolCall;

/**
 * Ready-made {@link StreamListener}s.
 *
 * @since 0.1.0
 */
public final class StreamListeners {

	private static final StreamListener NONE = (delta) -> {
	};

	private StreamListeners() {
	}

	/**
	 * Return a listener that ignores everything.
	 * @return the no-op listener
	 */
	public static StreamListener none() {
		return NONE;
	}

	/**
	 * Return a listener that passes each non-empty piece of answer text to {@code onText}.
	 * @param onText receives text pieces in order
	 * @return the listener
	 */
	public static StreamListener text(Consumer<String> onText) {
		if (onText == null) {
			throw new IllegalArgumentException("'onText' must not be null");
		}
		return (delta) -> {
			if (delta.hasText()) {
				onText.accept(delta.text());
			}
		};
	}

	/**
	 * Return a listener that passes text pieces to {@code onText} and each complete tool call to
	 * {@code onToolCall}.
	 * @param onToolCall receives every tool call once its arguments are complete
	 * @param onText receives text pieces in order
	 * @return the listener
	 */
	public static StreamListener toolCallDetector(Consumer<ToolCall> onToolCall, Consumer<String> onText) {
		if (onToolCall == null) {
			throw new IllegalArgumentException("'onToolCall' must not be null");
		}
		if (onText == null) {
			throw new IllegalArgumentException("'onText' must not be null");
		}
		return new StreamListener() {

			@Override
			public void onDelta(ChatDelta delta) {
				if (delta.hasText()) {
					onText.accept(delta.text());
				}
			}

			@Override
			public void onToolCall(ToolCall toolCall) {
				onToolCall.accept(toolCall);
			}

		};
	}

	/**
	 * Return a listener that writes each piece of answer text to {@code writer} and flushes it. The writer is
	 * not closed. A write failure cancels the stream with an {@link UncheckedIOException}.
	 * @param writer the destination
	 * @return the listener
	 */
	public static StreamListener writer(Writer writer) {
		if (writer == null) {
			throw new IllegalArgumentException("'writer' must not be null");
		}
		return (delta) -> {
			if (delta.hasText()) {
				try {
					writer.write(delta.text());
					writer.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Writing the streamed text failed: " + ex.getMessage(), ex);
				}
			}
		};
	}

	/**
	 * Return a listener that passes every event to {@code first}, then to {@code second}.
	 * @param first the listener told first
	 * @param second the listener told next
	 * @return the listener
	 * @throws IllegalArgumentException if either is null
	 */
	public static StreamListener both(StreamListener first, StreamListener second) {
		if (first == null || second == null) {
			throw new IllegalArgumentException("'" + ((first == null) ? "first" : "second") + "' must not be null");
		}
		return new StreamListener() {

			@Override
			public void onDelta(ChatDelta delta) {
				first.onDelta(delta);
				second.onDelta(delta);
			}

			@Override
			public void onToolCall(ToolCall toolCall) {
				first.onToolCall(toolCall);
				second.onToolCall(toolCall);
			}

			@Override
			public void onComplete(ChatResponse response) {
				first.onComplete(response);
				second.onComplete(response);
			}

		};
	}

}
