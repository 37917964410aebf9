package io.github.llmkit.benchmarks.contender;

/**
 * One library running the same two-round tool loop: offer {@code get_weather}, execute the call the model
 * asks for, send the result back and return the final answer.
 *
 * @since 0.1.0
 */
public interface ToolLoopContender extends AutoCloseable {

	/**
	 * Run the loop to its final answer.
	 * @return the final answer's text
	 */
	String toolLoop();

	/**
	 * Release the client's connections.
	 */
	@Override
	void close();

}
