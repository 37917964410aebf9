package io.github.llmkit.memory;

import java.time.Duration;
import java.util.List;

import io.github.llmkit.chat.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryConversationStoreTests extends ConversationStoreContractTests {

	private final InMemoryConversationStore store = new InMemoryConversationStore();

	@Override
	protected ConversationStore store() {
		return this.store;
	}

	@Test
	void evictsTheConversationUsedLeastRecentlyBeyondTheLimit() {
		InMemoryConversationStore bounded = new InMemoryConversationStore(2, null, 100);
		bounded.append("a", 0, List.of(StoredMessage.of(Message.user("a"))));
		bounded.append("b", 0, List.of(StoredMessage.of(Message.user("b"))));
		bounded.load("a");
		bounded.append("c", 0, List.of(StoredMessage.of(Message.user("c"))));
		assertThat(bounded.load("a")).hasSize(1);
		assertThat(bounded.load("b")).isEmpty();
		assertThat(bounded.load("c")).hasSize(1);
	}

	@Test
	void forgetsConversationsOlderThanTheirTimeToLive() {
		MutableClock clock = new MutableClock();
		InMemoryConversationStore expiring = new InMemoryConversationStore(10, Duration.ofMinutes(30), 100, clock);
		expiring.append("old", 0, List.of(StoredMessage.of(Message.user("old"))));
		clock.advance(Duration.ofMinutes(20));
		expiring.append("young", 0, List.of(StoredMessage.of(Message.user("young"))));
		clock.advance(Duration.ofMinutes(11));
		assertThat(expiring.load("old")).isEmpty();
		assertThat(expiring.load("young")).hasSize(1);
		expiring.append("old", 0, List.of(StoredMessage.of(Message.user("new start"))));
		assertThat(expiring.load("old")).hasSize(1);
	}

	@Test
	void keepsAtMostMaxMessagesDroppingWholeTurns() {
		InMemoryConversationStore small = new InMemoryConversationStore(10, null, 3);
		small.append("c", 0, List.of(StoredMessage.of(Message.system("sys")), StoredMessage.of(Message.user("1")),
				StoredMessage.of(Message.assistant("1"))));
		small.append("c", 3, List.of(StoredMessage.of(Message.user("2")), StoredMessage.of(Message.assistant("2"))));
		assertThat(small.load("c")).extracting((stored) -> stored.message().text()).containsExactly("sys", "2", "2");
		small.append("c", 3, List.of(StoredMessage.of(Message.user("3"))));
		assertThat(small.load("c")).extracting((stored) -> stored.message().text())
			.containsExactly("sys", "2", "2", "3");
	}

	@Test
	void rejectsBoundsThatAreNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryConversationStore(0, null, 1))
			.withMessageContaining("'maxConversations'");
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryConversationStore(1, Duration.ZERO, 1))
			.withMessageContaining("'timeToLive'");
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryConversationStore(1, null, 0))
			.withMessageContaining("'maxMessages'");
	}

}
