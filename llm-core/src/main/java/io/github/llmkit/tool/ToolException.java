package io.github.llmkit.tool;

import io.github.llmkit.LlmException;

/**
 * A tool could not be defined, registered or looked up: a duplicate or unknown name, or an {@link LlmTool}
 * method whose signature cannot be described. Failures while a tool runs are results, not exceptions.
 *
 * @since 0.1.0
 */
public class ToolException extends LlmException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message what failed, naming the tool
	 */
	public ToolException(String message) {
		super(null, message);
	}

	/**
	 * Create an exception with a cause.
	 * @param message what failed, naming the tool
	 * @param cause the cause
	 */
	public ToolException(String message, Throwable cause) {
		super(null, message, cause);
	}

}
