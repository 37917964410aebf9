package io.github.llmkit.reactor;

import java.time.Duration;
import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.Message;
import io.github.llmkit.test.SlowStreamServer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebFlux example: a handler returns the client's {@code Flux} of deltas as Server-Sent Events, one
 * {@code delta} event per piece of text and a {@code done} event at the end.
 */
class WebFluxSseTests {

	static RouterFunction<ServerResponse> routes(ReactorLlmClient llm) {
		return RouterFunctions.route()
			.GET("/chat/stream", (request) -> {
				String message = request.queryParam("message").orElse("Hello");
				Flux<ServerSentEvent<String>> events = llm.stream(List.of(Message.user(message)))
					.filter(ChatDelta::hasText)
					.map((delta) -> ServerSentEvent.builder(delta.text()).event("delta").build())
					.concatWith(Flux.just(ServerSentEvent.builder("").event("done").build()));
				return ServerResponse.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(events, ServerSentEvent.class);
			})
			.build();
	}

	@Test
	void handlerStreamsTheDeltasAsServerSentEvents() {
		try (SlowStreamServer slow = SlowStreamServer.start(5, Duration.ofMillis(10));
				LlmClient client = ReactorLlmClientTests.client(slow.baseUrl())) {
			WebTestClient web = WebTestClient.bindToRouterFunction(routes(ReactorLlmClient.of(client)))
				.configureClient()
				.responseTimeout(Duration.ofSeconds(10))
				.build();
			List<ServerSentEvent<String>> events = web.get()
				.uri("/chat/stream?message=Hi")
				.accept(MediaType.TEXT_EVENT_STREAM)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
				.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
				})
				.getResponseBody()
				.collectList()
				.block(Duration.ofSeconds(10));
			assertThat(events).extracting(ServerSentEvent::event)
				.containsExactly("delta", "delta", "delta", "delta", "delta", "done");
			assertThat(events.subList(0, 5)).extracting(ServerSentEvent::data)
				.containsExactly("w0 ", "w1 ", "w2 ", "w3 ", "w4 ");
		}
	}

}
