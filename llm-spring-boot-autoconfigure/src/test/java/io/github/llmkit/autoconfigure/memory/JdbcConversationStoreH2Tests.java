package io.github.llmkit.autoconfigure.memory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.llmkit.chat.Message;
import io.github.llmkit.memory.ConversationStore;
import io.github.llmkit.memory.ConversationStoreContractTests;
import io.github.llmkit.memory.MutableClock;
import io.github.llmkit.memory.StoredMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The store contract on an embedded H2 database, with the schema of {@code schema-h2.sql}.
 */
class JdbcConversationStoreH2Tests extends ConversationStoreContractTests {

	private static EmbeddedDatabase database;

	private static JdbcConversationStore store;

	@BeforeAll
	static void createDatabase() {
		database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.generateUniqueName(true)
			.addScript("io/github/llmkit/autoconfigure/memory/schema-h2.sql")
			.build();
		store = new JdbcConversationStore(JdbcClient.create(database));
	}

	@AfterAll
	static void dropDatabase() {
		database.shutdown();
	}

	@Override
	protected ConversationStore store() {
		return store;
	}

	@Test
	void storesOneJsonRowPerMessage() {
		String id = "rows-" + UUID.randomUUID();
		store.append(id, 0, List.of(StoredMessage.of(Message.user("hi")), StoredMessage.of(Message.assistant("hello"))));
		List<String> rows = JdbcClient.create(database)
			.sql("SELECT MESSAGE FROM " + JdbcConversationStore.TABLE + " WHERE CONVERSATION_ID = ? ORDER BY SEQ")
			.param(id)
			.query(String.class)
			.list();
		assertThat(rows).containsExactly("{\"role\":\"user\",\"text\":\"hi\"}",
				"{\"role\":\"assistant\",\"text\":\"hello\"}");
	}

	@Test
	void expiredConversationsReadAsEmptyAndArePurged() {
		MutableClock clock = new MutableClock();
		JdbcConversationStore expiring = new JdbcConversationStore(JdbcClient.create(database), Duration.ofHours(1),
				clock);
		String old = "old-" + UUID.randomUUID();
		String other = "other-" + UUID.randomUUID();
		expiring.append(old, 0, List.of(StoredMessage.of(Message.user("old"))));
		expiring.append(other, 0, List.of(StoredMessage.of(Message.user("other"))));
		clock.advance(Duration.ofMinutes(61));
		assertThat(expiring.load(old)).isEmpty();
		expiring.append(old, 0, List.of(StoredMessage.of(Message.user("new start"))));
		assertThat(expiring.load(old)).extracting((stored) -> stored.message().text()).containsExactly("new start");
		assertThat(store.load(other)).as("purged on the append").isEmpty();
	}

	@Test
	void rejectsTimeToLiveThatIsNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JdbcConversationStore(JdbcClient.create(database), Duration.ZERO))
			.withMessageContaining("'timeToLive'");
	}

}
