package io.github.llmkit.benchmarks.contender;

/**
 * One library doing the benchmark's work: send the same one-message chat and return the answer's text, or
 * consume the same stream and return the text its deltas add up to. Implementations are thread-safe and hold
 * one client, built once.
 *
 * @since 0.1.0
 */
public interface ChatContender extends AutoCloseable {

	/**
	 * Send the chat request and return the assistant's text.
	 * @return the answer's text
	 */
	String chat();

	/**
	 * Send the streaming request, consume the whole stream and return the concatenated text.
	 * @param probe told of every text delta as it arrives
	 * @return the streamed text
	 */
	String stream(FirstDelta probe);

	/**
	 * Release the client's connections and threads.
	 */
	@Override
	void close();

}
