package io.github.llmkit.chat;

/**
 * The author of a {@link Message}.
 *
 * @since 0.1.0
 */
public enum Role {

	/** Instructions for the model; wire families that have no system role join these into their own field. */
	SYSTEM,

	/** The human or application side of the conversation. */
	USER,

	/** The model's turn, possibly with tool calls. */
	ASSISTANT,

	/** The result of one tool call, answered to the model. */
	TOOL

}
