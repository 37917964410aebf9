package io.github.llmkit.autoconfigure.tool;

import io.github.llmkit.tool.ToolException;

/**
 * Thrown at start-up when {@link io.github.llmkit.tool.LlmTool} methods of the application's beans cannot all
 * become tools: two share a name, or one cannot be called through its bean's proxy.
 *
 * @since 0.1.0
 */
public class InvalidLlmToolBeanException extends ToolException {

	private static final long serialVersionUID = 1L;

	private final String action;

	/**
	 * Create an exception.
	 * @param message what is wrong, naming the tool, beans and methods
	 * @param action what to change
	 */
	public InvalidLlmToolBeanException(String message, String action) {
		super(message);
		this.action = action;
	}

	/**
	 * Return what to change to fix the problem.
	 * @return the action
	 */
	public String action() {
		return this.action;
	}

}
