package io.github.llmkit.autoconfigure.memory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.github.llmkit.memory.ConversationConflictException;
import io.github.llmkit.memory.ConversationStore;
import io.github.llmkit.memory.StoredMessage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link ConversationStore} in one table of a relational database, through Spring's {@link JdbcClient}: one
 * row per message, its JSON ({@link StoredMessage#toJson()}) in a text column, numbered from 0 per
 * conversation. The primary key on (conversation id, number) makes a turn's insert fail when another writer,
 * in this or another process, saved first; the turn is refused with a {@link ConversationConflictException}.
 * A turn's rows go in with one statement, all or none. The table comes from {@code schema-h2.sql} or
 * {@code schema-postgresql.sql} next to this class. Thread-safe.
 *
 * @since 0.1.0
 */
public final class JdbcConversationStore implements ConversationStore {

	/** The table's name. */
	public static final String TABLE = "LLM_CONVERSATION_MESSAGE";

	private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Duration timeToLive;

	private final Clock clock;

	private final AtomicLong nextPurge = new AtomicLong();

	/**
	 * Create a store whose conversations never expire.
	 * @param jdbc the client of the database holding the table
	 */
	public JdbcConversationStore(JdbcClient jdbc) {
		this(jdbc, null);
	}

	/**
	 * Create a store.
	 * @param jdbc the client of the database holding the table
	 * @param timeToLive how long a conversation is kept after its last turn, positive, or null for ever; expired
	 * conversations read as empty and are deleted at most once a minute, when a turn is saved
	 */
	public JdbcConversationStore(JdbcClient jdbc, Duration timeToLive) {
		this(jdbc, timeToLive, Clock.systemUTC());
	}

	JdbcConversationStore(JdbcClient jdbc, Duration timeToLive, Clock clock) {
		if (jdbc == null) {
			throw new IllegalArgumentException("'jdbc' must not be null");
		}
		if (timeToLive != null && (timeToLive.isNegative() || timeToLive.isZero())) {
			throw new IllegalArgumentException("'timeToLive' must be positive, was " + timeToLive);
		}
		this.jdbc = jdbc;
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	@Override
	public List<StoredMessage> load(String conversationId) {
		requireId(conversationId);
		List<Row> rows = this.jdbc
			.sql("SELECT MESSAGE, CREATED_AT FROM " + TABLE + " WHERE CONVERSATION_ID = ? ORDER BY SEQ")
			.param(conversationId)
			.query((rs, rowNum) -> new Row(rs.getString(1), rs.getLong(2)))
			.list();
		if (!rows.isEmpty() && expired(rows.get(rows.size() - 1).createdAt)) {
			delete(conversationId);
			return List.of();
		}
		List<StoredMessage> messages = new ArrayList<>(rows.size());
		for (Row row : rows) {
			messages.add(StoredMessage.fromJson(row.json));
		}
		return messages;
	}

	@Override
	public void append(String conversationId, int expectedSize, List<StoredMessage> messages) {
		requireId(conversationId);
		if (messages == null || messages.isEmpty()) {
			throw new IllegalArgumentException("'messages' must not be empty");
		}
		int size = size(conversationId);
		if (size != expectedSize) {
			throw new ConversationConflictException(conversationId, expectedSize, size);
		}
		long now = this.clock.millis();
		StringBuilder sql = new StringBuilder("INSERT INTO " + TABLE
				+ " (CONVERSATION_ID, SEQ, MESSAGE, CREATED_AT) VALUES ");
		List<Object> params = new ArrayList<>(messages.size() * 4);
		for (int i = 0; i < messages.size(); i++) {
			sql.append((i > 0) ? ", (?, ?, ?, ?)" : "(?, ?, ?, ?)");
			params.add(conversationId);
			params.add(expectedSize + i);
			params.add(messages.get(i).toJson());
			params.add(now);
		}
		try {
			this.jdbc.sql(sql.toString()).params(params).update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConversationConflictException(conversationId, expectedSize, -1);
		}
		purgeExpired(now);
	}

	@Override
	public void delete(String conversationId) {
		this.jdbc.sql("DELETE FROM " + TABLE + " WHERE CONVERSATION_ID = ?").param(requireId(conversationId)).update();
	}

	private int size(String conversationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + TABLE + " WHERE CONVERSATION_ID = ?")
			.param(conversationId)
			.query(Integer.class)
			.single();
	}

	private boolean expired(long lastTurn) {
		return this.timeToLive != null && lastTurn + this.timeToLive.toMillis() < this.clock.millis();
	}

	private void purgeExpired(long now) {
		long due = this.nextPurge.get();
		if (this.timeToLive == null || now < due || !this.nextPurge.compareAndSet(due, now + PURGE_INTERVAL.toMillis())) {
			return;
		}
		this.jdbc.sql("DELETE FROM " + TABLE + " WHERE CONVERSATION_ID IN (SELECT CONVERSATION_ID FROM " + TABLE
				+ " GROUP BY CONVERSATION_ID HAVING MAX(CREATED_AT) < ?)")
			.param(now - this.timeToLive.toMillis())
			.update();
	}

	private static String requireId(String conversationId) {
		if (conversationId == null || conversationId.isEmpty()) {
			throw new IllegalArgumentException("'conversationId' must not be null or empty");
		}
		return conversationId;
	}

	private record Row(String json, long createdAt) {
	}

}
