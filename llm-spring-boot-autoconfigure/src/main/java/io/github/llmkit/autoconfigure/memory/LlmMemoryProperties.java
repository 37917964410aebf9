package io.github.llmkit.autoconfigure.memory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Conversation memory settings, bound from {@code llm.memory.*}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("llm.memory")
public class LlmMemoryProperties {

	/**
	 * Where conversations are kept: in-memory (lost on restart) or jdbc (the application's DataSource).
	 */
	private Store store = Store.IN_MEMORY;

	/**
	 * Most non-system messages of the history sent with a new turn; unlimited when not set.
	 */
	private Integer windowMessages;

	/**
	 * Most tokens of the history and the new message sent with a turn, counted from the usage providers
	 * reported; unlimited when not set.
	 */
	private Integer windowTokens;

	/**
	 * Whether messages that fall out of the window are summarised by the conversation's client and sent as a
	 * system message.
	 */
	private boolean summarize;

	/**
	 * Most conversations kept by the in-memory store; the one used least recently is evicted first.
	 */
	private int maxConversations = 10_000;

	/**
	 * Most messages kept per conversation by the in-memory store; the oldest turns are dropped whole.
	 */
	private int maxMessages = 1_000;

	/**
	 * How long a conversation is kept after its last turn; for ever when not set.
	 */
	private Duration timeToLive;

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public Integer getWindowMessages() {
		return this.windowMessages;
	}

	public void setWindowMessages(Integer windowMessages) {
		this.windowMessages = windowMessages;
	}

	public Integer getWindowTokens() {
		return this.windowTokens;
	}

	public void setWindowTokens(Integer windowTokens) {
		this.windowTokens = windowTokens;
	}

	public boolean isSummarize() {
		return this.summarize;
	}

	public void setSummarize(boolean summarize) {
		this.summarize = summarize;
	}

	public int getMaxConversations() {
		return this.maxConversations;
	}

	public void setMaxConversations(int maxConversations) {
		this.maxConversations = maxConversations;
	}

	public int getMaxMessages() {
		return this.maxMessages;
	}

	public void setMaxMessages(int maxMessages) {
		this.maxMessages = maxMessages;
	}

	public Duration getTimeToLive() {
		return this.timeToLive;
	}

	public void setTimeToLive(Duration timeToLive) {
		this.timeToLive = timeToLive;
	}

	/**
	 * The kinds of conversation store.
	 */
	public enum Store {

		/** Conversations in the heap of this process, bounded, lost on restart. */
		IN_MEMORY,

		/** Conversations in a table of the application's {@code DataSource}. */
		JDBC

	}

}
