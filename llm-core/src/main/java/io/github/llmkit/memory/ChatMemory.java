package io.github.llmkit.memory;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.Message;

/**
 * Gives conversations a memory: {@link #conversation(String, LlmClient)} returns a {@link Conversation} whose
 * every turn loads the history of its id from the {@link ConversationStore}, sends the part the
 * {@link MemoryWindow} keeps (with a summary of the rest, if enabled) plus the new message, and saves the turn.
 * <p>
 * Turns of one conversation id are serialized in this process: a second turn waits until the first is saved,
 * then sees it. Across processes sharing a store, the second writer to save fails with a
 * {@link ConversationConflictException} and saves nothing. Thread-safe; build one and share it.
 *
 * @since 0.1.0
 */
public final class ChatMemory {

	private final ConversationStore store;

	private final MemoryWindow window;

	private final Summaries summaries;

	private final KeyedLocks locks = new KeyedLocks();

	private ChatMemory(Builder builder) {
		this.store = (builder.store != null) ? builder.store : new InMemoryConversationStore();
		this.window = (builder.window != null) ? builder.window : MemoryWindow.all();
		this.summaries = (builder.summarize) ? new Summaries() : null;
	}

	/**
	 * Create a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the conversation of an id, talking through a client; creating it costs nothing, its history is
	 * read on every turn.
	 * @param conversationId the id, not empty
	 * @param client the client that answers its turns
	 * @return the conversation
	 * @throws IllegalArgumentException if the id is null or empty or the client is null
	 */
	public Conversation conversation(String conversationId, LlmClient client) {
		if (conversationId == null || conversationId.isEmpty()) {
			throw new IllegalArgumentException("'conversationId' must not be null or empty");
		}
		if (client == null) {
			throw new IllegalArgumentException("'client' must not be null");
		}
		return new Conversation(this, conversationId, client, null, null, null, null);
	}

	/**
	 * Return the whole stored history of a conversation, not windowed.
	 * @param conversationId the id
	 * @return the messages, oldest first; empty for an unknown conversation
	 */
	public List<Message> history(String conversationId) {
		return this.store.load(conversationId).stream().map(StoredMessage::message).toList();
	}

	/**
	 * Forget a conversation, waiting for a turn of it in progress in this process.
	 * @param conversationId the id
	 */
	public void delete(String conversationId) {
		this.locks.run(conversationId, () -> {
			this.store.delete(conversationId);
			return null;
		});
	}

	/**
	 * Return the store.
	 * @return the store
	 */
	public ConversationStore store() {
		return this.store;
	}

	/**
	 * Return the window applied before each turn.
	 * @return the window
	 */
	public MemoryWindow window() {
		return this.window;
	}

	KeyedLocks locks() {
		return this.locks;
	}

	Summaries summaries() {
		return this.summaries;
	}

	/**
	 * Builds a {@link ChatMemory}. Not thread-safe.
	 *
	 * @since 0.1.0
	 */
	public static final class Builder {

		private ConversationStore store;

		private MemoryWindow window;

		private boolean summarize;

		private Builder() {
		}

		/**
		 * Set the store; an {@link InMemoryConversationStore} with its default bounds if never called.
		 * @param store the store, or null for the default
		 * @return this builder
		 */
		public Builder store(ConversationStore store) {
			this.store = store;
			return this;
		}

		/**
		 * Set the window; {@link MemoryWindow#all()} if never called.
		 * @param window the window, or null for the default
		 * @return this builder
		 */
		public Builder window(MemoryWindow window) {
			this.window = window;
			return this;
		}

		/**
		 * Set whether the messages that fall out of the window are summarised by the conversation's own client
		 * and sent as a system message after the conversation's system messages; off by default. Summaries are
		 * kept in this process (at most one per conversation for the last 1,000 conversations) and extended as
		 * the window moves; they cost one extra call each time it does.
		 * @param summarize whether to summarise
		 * @return this builder
		 */
		public Builder summarize(boolean summarize) {
			this.summarize = summarize;
			return this;
		}

		/**
		 * Build the memory.
		 * @return the memory
		 */
		public ChatMemory build() {
			return new ChatMemory(this);
		}

	}

}
