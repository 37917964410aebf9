package io.github.llmkit.memory;

import java.util.List;

/**
 * Keeps the messages of conversations by id. Implementations are thread-safe; {@link #append} is atomic and
 * refuses to extend a history that changed since it was loaded, so two writers never interleave or lose a turn.
 *
 * @since 0.1.0
 */
public interface ConversationStore {

	/**
	 * Return the messages of a conversation, oldest first.
	 * @param conversationId the conversation id, not null
	 * @return the messages; empty for an unknown, expired or deleted conversation
	 */
	List<StoredMessage> load(String conversationId);

	/**
	 * Add messages at the end of a conversation, creating it if needed, all or none.
	 * @param conversationId the conversation id, not null
	 * @param expectedSize the number of messages {@link #load} returned before this turn
	 * @param messages the messages of the turn, not empty
	 * @throws ConversationConflictException if the conversation no longer has {@code expectedSize} messages
	 * (another writer extended it first); nothing is added then
	 */
	void append(String conversationId, int expectedSize, List<StoredMessage> messages);

	/**
	 * Remove a conversation; removing an unknown one does nothing.
	 * @param conversationId the conversation id, not null
	 */
	void delete(String conversationId);

}
