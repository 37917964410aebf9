package io.github.llmkit.benchmarks.scale;

/**
 * One library's way of opening a stream without blocking the caller, with the library's defaults.
 *
 * @since 0.1.0
 */
public interface StreamsContender {

	/**
	 * Open one stream and return at once; the stream reports to its record.
	 * @param record receives the stream's text and end
	 */
	void open(StreamRecord record);

	/**
	 * Describe how the contender runs its streams, for the table.
	 * @return a short description
	 */
	String describe();

	/**
	 * Create a contender by name.
	 * @param name {@code llmkit} (default pool), {@code llmkit-sized} (a pool of 20,000), {@code springai} or
	 * {@code langchain4j}
	 * @param baseUrl the OpenAI base URL of the slow-stream route
	 * @return the contender
	 */
	static StreamsContender create(String name, String baseUrl) {
		return switch (name) {
			case "llmkit" -> new LlmkitStreams(baseUrl, 0);
			case "llmkit-sized" -> new LlmkitStreams(baseUrl, 20_000);
			case "springai" -> new SpringAiStreams(baseUrl);
			case "langchain4j" -> new LangChain4jStreams(baseUrl);
			default -> throw new IllegalArgumentException(
					"Unknown contender '" + name + "'; known: llmkit, llmkit-sized, springai, langchain4j");
		};
	}

}
