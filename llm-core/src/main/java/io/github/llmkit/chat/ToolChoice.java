package io.github.llmkit.chat;


/**
 * Whether and which tool the model must call. Each wire family spells it its own way.
 *
 * @param mode the mode
 * @param toolName the tool to call for {@link Mode#TOOL}, else null
 * @since 0.1.0
 */
public record ToolChoice(Mode mode, String toolName) {

	/**
	 * Create a choice, checking that a tool is named exactly when the mode is {@link Mode#TOOL}.
	 * @throws IllegalArgumentException if the mode is null or the tool name does not fit the mode
	 */
	public ToolChoice {
		if (mode == null) {
			throw new IllegalArgumentException("'mode' must not be null");
		}
		if (mode == Mode.TOOL && (toolName == null || toolName.isBlank())) {
			throw new IllegalArgumentException("'toolName' must be set when the tool choice mode is TOOL");
		}
		if (mode != Mode.TOOL && toolName != null) {
			throw new IllegalArgumentException("'toolName' must be null when the tool choice mode is " + mode);
		}
	}

	/**
	 * The model decides.
	 * @return the auto choice
	 */
	public static ToolChoice auto() {
		return new ToolChoice(Mode.AUTO, null);
	}

	/**
	 * The model must not call tools.
	 * @return the none choice
	 */
	public static ToolChoice none() {
		return new ToolChoice(Mode.NONE, null);
	}

	/**
	 * The model must call at least one tool.
	 * @return the required choice
	 */
	public static ToolChoice required() {
		return new ToolChoice(Mode.REQUIRED, null);
	}

	/**
	 * The model must call the named tool.
	 * @param name the tool name
	 * @return the forced choice
	 */
	public static ToolChoice tool(String name) {
		return new ToolChoice(Mode.TOOL, name);
	}

	/**
	 * Tool choice modes.
	 *
	 * @since 0.1.0
	 */
	public enum Mode {

		/** The model decides. */
		AUTO,

		/** No tool calls. */
		NONE,

		/** At least one tool call. */
		REQUIRED,

		/** A call of the named tool. */
		TOOL

	}

}
