package io.github.llmkit.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded {@link ConversationStore} in the heap of this process: at most a number of conversations (the one
 * used least recently is evicted first), each forgotten a time after its last turn, and each keeping at most a
 * number of messages (the oldest turns are dropped whole). Lost when the process stops. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryConversationStore implements ConversationStore {

	/** The default maximum number of conversations. */
	public static final int DEFAULT_MAX_CONVERSATIONS = 10_000;

	/** The default maximum number of messages kept per conversation. */
	public static final int DEFAULT_MAX_MESSAGES = 1_000;

	private final int maxConversations;

	private final Duration timeToLive;

	private final MemoryWindow retention;

	private final Clock clock;

	private final LinkedHashMap<String, Entry> conversations = new LinkedHashMap<>(16, 0.75f, true);

	/**
	 * Create a store of at most {@value #DEFAULT_MAX_CONVERSATIONS} conversations of at most
	 * {@value #DEFAULT_MAX_MESSAGES} messages each, which never expire.
	 */
	public InMemoryConversationStore() {
		this(DEFAULT_MAX_CONVERSATIONS, null, DEFAULT_MAX_MESSAGES);
	}

	/**
	 * Create a store with other bounds.
	 * @param maxConversations the number of conversations kept, positive
	 * @param timeToLive how long a conversation is kept after its last turn, positive, or null for ever
	 * @param maxMessages the number of messages kept per conversation, positive
	 * @throws IllegalArgumentException naming a bound that is not positive
	 */
	public InMemoryConversationStore(int maxConversations, Duration timeToLive, int maxMessages) {
		this(maxConversations, timeToLive, maxMessages, Clock.systemUTC());
	}

	InMemoryConversationStore(int maxConversations, Duration timeToLive, int maxMessages, Clock clock) {
		if (maxConversations <= 0) {
			throw new IllegalArgumentException("'maxConversations' must be positive, was " + maxConversations);
		}
		if (timeToLive != null && (timeToLive.isNegative() || timeToLive.isZero())) {
			throw new IllegalArgumentException("'timeToLive' must be positive, was " + timeToLive);
		}
		this.maxConversations = maxConversations;
		this.timeToLive = timeToLive;
		this.retention = MemoryWindow.lastMessages(maxMessages);
		this.clock = clock;
	}

	@Override
	public synchronized List<StoredMessage> load(String conversationId) {
		Entry entry = live(requireId(conversationId));
		return (entry != null) ? List.copyOf(entry.messages) : List.of();
	}

	@Override
	public synchronized void append(String conversationId, int expectedSize, List<StoredMessage> messages) {
		requireId(conversationId);
		if (messages == null || messages.isEmpty()) {
			throw new IllegalArgumentException("'messages' must not be empty");
		}
		Entry entry = live(conversationId);
		int size = (entry != null) ? entry.messages.size() : 0;
		if (size != expectedSize) {
			throw new ConversationConflictException(conversationId, expectedSize, size);
		}
		List<StoredMessage> extended = new ArrayList<>((entry != null) ? entry.messages : List.of());
		extended.addAll(messages);
		this.conversations.put(conversationId, new Entry(this.retention.apply(extended), this.clock.instant()));
		evict();
	}

	@Override
	public synchronized void delete(String conversationId) {
		this.conversations.remove(requireId(conversationId));
	}

	private Entry live(String conversationId) {
		Entry entry = this.conversations.get(conversationId);
		if (entry != null && expired(entry, this.clock.instant())) {
			this.conversations.remove(conversationId);
			return null;
		}
		return entry;
	}

	private void evict() {
		Instant now = this.clock.instant();
		Iterator<Map.Entry<String, Entry>> iterator = this.conversations.entrySet().iterator();
		int excess = this.conversations.size() - this.maxConversations;
		while (iterator.hasNext()) {
			Entry entry = iterator.next().getValue();
			if (excess > 0 || expired(entry, now)) {
				iterator.remove();
				excess--;
			}
			else if (this.timeToLive == null) {
				return;
			}
		}
	}

	private boolean expired(Entry entry, Instant now) {
		return this.timeToLive != null && entry.lastUsed.plus(this.timeToLive).isBefore(now);
	}

	private static String requireId(String conversationId) {
		if (conversationId == null || conversationId.isEmpty()) {
			throw new IllegalArgumentException("'conversationId' must not be null or empty");
		}
		return conversationId;
	}

	private record Entry(List<StoredMessage> messages, Instant lastUsed) {
	}

}
