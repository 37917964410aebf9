package io.github.llmkit.memory;

import io.github.llmkit.LlmException;

/**
 * Thrown when a turn cannot be saved because another writer (another instance of the application) extended the
 * conversation after this turn loaded it. The turn is not saved; sending it again continues from the newer
 * history.
 *
 * @since 0.1.0
 */
public class ConversationConflictException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final String conversationId;

	/**
	 * Create an exception.
	 * @param conversationId the conversation
	 * @param expectedSize the size the writer loaded
	 * @param actualSize the size found when saving, or -1 when unknown
	 */
	public ConversationConflictException(String conversationId, int expectedSize, int actualSize) {
		super(null, "Conversation '" + conversationId + "' was extended by another writer: this turn loaded "
				+ expectedSize + " messages, the store " + ((actualSize >= 0) ? "has " + actualSize : "has more")
				+ "; the turn was not saved, send it again");
		this.conversationId = conversationId;
	}

	/**
	 * Return the id of the conversation that changed.
	 * @return the id
	 */
	public String conversationId() {
		return this.conversationId;
	}

}
