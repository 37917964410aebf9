package io.github.llmkit.http;

/**
 * Consumes the events of one streamed response.
 *
 * @since 0.1.0
 */
public interface SseHandler {

	/**
	 * Handle one event. An exception cancels the stream and closes the connection; a retryable
	 * {@link io.github.llmkit.LlmStreamException} thrown before anything was delivered makes a new attempt.
	 * @param event the event
	 */
	void onEvent(SseEvent event);

	/**
	 * Return whether anything reached the user's listener yet; a failed stream is retried only while false.
	 * @return true once a delta was delivered
	 */
	boolean delivered();

	/**
	 * Forget what a failed attempt left behind (response id, model, finish reason, usage), before the
	 * transport makes a new attempt; only called while {@link #delivered()} is false.
	 */
	default void restart() {
	}

}
