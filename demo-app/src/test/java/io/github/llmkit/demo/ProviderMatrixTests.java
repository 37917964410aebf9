package io.github.llmkit.demo;

import java.util.List;
import java.util.Map;

import io.github.llmkit.Capability;
import io.github.llmkit.ProviderType;
import io.github.llmkit.demo.ApiClient.Event;
import io.github.llmkit.demo.ApiClient.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider matrix of the README, end to end: every operation of every provider type through the demo's
 * HTTP API and the simulator, succeeding exactly where {@link ProviderType#capabilities()} says it should.
 */
class ProviderMatrixTests extends RunningDemo {

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void chatWorksForEveryProvider(ProviderType type) {
		assertThat(type.supports(Capability.CHAT)).isTrue();
		Reply reply = this.api.postJson("/api/chat", Map.of("provider", type.id(), "message", "Hello matrix"));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("text").asString()).contains("Hello matrix");
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void streamingWorksForEveryProvider(ProviderType type) {
		assertThat(type.supports(Capability.STREAMING)).isTrue();
		List<Event> events = this.api.stream("/api/chat/stream",
				ApiClient.params("provider", type.id(), "message", "Hello streaming matrix"));
		assertThat(events).extracting(Event::name).contains("delta").last().isEqualTo("done");
		assertThat(events.get(events.size() - 1).data().get("text").asString()).contains("Hello streaming matrix");
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void toolLoopWorksForEveryProvider(ProviderType type) {
		assertThat(type.supports(Capability.TOOLS)).isTrue();
		Reply reply = this.api.postJson("/api/agent",
				Map.of("provider", type.id(), "message", "What's the weather in Tokyo?"));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("steps").get(0).get("name").asString()).isEqualTo("get_weather");
		assertThat(reply.json().get("text").asString()).contains("sunny");
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void modelListingWorksForEveryProvider(ProviderType type) {
		assertThat(type.supports(Capability.MODELS)).isTrue();
		Reply reply = this.api.get("/api/models?provider=" + type.id());
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("models").size()).isPositive();
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void embeddingsWorkExactlyWhereTheProviderOffersThem(ProviderType type) {
		Reply reply = this.api.postJson("/api/embeddings",
				Map.of("provider", type.id(), "inputs", List.of("llmkit", "matrix")));
		if (type.supports(Capability.EMBEDDINGS)) {
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.json().get("vectors").size()).isEqualTo(2);
		}
		else {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().get("detail").asString()).contains("does not support");
			assertThat(this.server.requestCount()).isZero();
		}
	}

}
