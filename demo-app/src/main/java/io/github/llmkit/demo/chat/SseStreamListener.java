package io.github.llmkit.demo.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolExecution;
import io.github.llmkit.tool.ToolLoopListener;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Forwards a model stream or a streamed tool loop to the browser: one {@code delta} event per piece of text
 * or reasoning, one {@code tool_call} event per complete tool call and one {@code tool_result} event per
 * executed tool. If the browser has gone away the send fails, which cancels the model stream and closes its
 * connection. An optional pause after each delta paces a simulated stream, which would otherwise arrive at
 * once, so that the page shows it growing.
 *
 * @since 0.1.0
 */
public class SseStreamListener implements ToolLoopListener {

	private final SseEmitter emitter;

	private final Duration pause;

	/**
	 * Create a listener sending to an emitter.
	 * @param emitter the browser's event stream
	 * @param pause how long to wait after each delta event; zero for none
	 */
	public SseStreamListener(SseEmitter emitter, Duration pause) {
		this.emitter = emitter;
		this.pause = pause;
	}

	@Override
	public void onDelta(ChatDelta delta) {
		if (delta.hasText() || !delta.reasoning().isEmpty()) {
			send("delta", new DeltaEvent(delta.text(), delta.reasoning()));
			pause();
		}
	}

	private void pause() {
		if (this.pause.isZero()) {
			return;
		}
		try {
			Thread.sleep(this.pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while pacing the stream", ex);
		}
	}

	@Override
	public void onToolCall(ToolCall toolCall) {
		send("tool_call", ToolCallView.of(toolCall));
	}

	@Override
	public void onToolResult(ToolExecution execution) {
		send("tool_result", new ToolResultEvent(execution.call().id(), execution.call().name(),
				execution.result().content(), execution.result().error()));
	}

	/**
	 * Send one named event with a JSON body.
	 * @param name the event name
	 * @param data the body
	 * @throws UncheckedIOException if the browser has gone away
	 */
	public void send(String name, Object data) {
		try {
			this.emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The browser closed the event stream", ex);
		}
	}

	/**
	 * One streamed increment.
	 *
	 * @param text the answer text, possibly empty
	 * @param reasoning the reasoning text, possibly empty
	 */
	public record DeltaEvent(String text, String reasoning) {
	}

	/**
	 * One executed tool call.
	 *
	 * @param id the call id
	 * @param name the tool name
	 * @param result the result sent back to the model: JSON, or an error message
	 * @param error whether the tool failed or the arguments were invalid
	 */
	public record ToolResultEvent(String id, String name, String result, boolean error) {
	}

}
