package io.github.llmkit.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MockLlmServerTests {

	private static final String AUTH = "Bearer " + MockLlmServer.API_KEY;

	private final MockLlmServer server = MockLlmServer.start();

	@AfterEach
	void close() {
		this.server.close();
	}

	@Test
	void baseUrlPutsProviderIdBeforeTheRealBasePath() {
		String root = "http://127.0.0.1:" + this.server.port();
		assertThat(this.server.baseUrl("openai")).isEqualTo(root + "/openai/v1");
		assertThat(this.server.baseUrl("groq")).isEqualTo(root + "/groq/openai/v1");
		assertThat(this.server.baseUrl("openrouter")).isEqualTo(root + "/openrouter/api/v1");
		assertThat(this.server.baseUrl("mistral")).isEqualTo(root + "/mistral/v1");
	}

	@Test
	void baseUrlWhenProviderUnknownListsKnownProviders() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.baseUrl("nope"))
			.withMessageContaining("nope")
			.withMessageContaining("openai, grok, groq");
	}

	@Test
	void takeRequestReturnsRequestsInArrivalOrderWithHeadersAndBody() {
		Http.post(this.server.baseUrl("groq") + "/chat/completions", chat("first"), "Authorization", AUTH);
		Http.get(this.server.baseUrl("openai") + "/models?limit=2", "Authorization", AUTH);
		RecordedRequest first = this.server.takeRequest();
		assertThat(first.method()).isEqualTo("POST");
		assertThat(first.path()).isEqualTo("/groq/openai/v1/chat/completions");
		assertThat(first.provider()).isEqualTo("groq");
		assertThat(first.header("AUTHORIZATION")).isEqualTo(AUTH);
		assertThat(first.header("x-missing")).isNull();
		assertThat(first.json().path("messages").get(0).path("content").asString()).isEqualTo("first");
		RecordedRequest second = this.server.takeRequest();
		assertThat(second.path()).isEqualTo("/openai/v1/models?limit=2");
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void resetForgetsScriptsRequestsAndCount() {
		this.server.enqueue(MockReply.text("scripted"));
		Http.get(this.server.baseUrl("openai") + "/models", "Authorization", AUTH);
		this.server.reset();
		this.server.enqueue(MockReply.text("after reset"));
		this.server.reset();
		HttpResponse<String> response = Http.post(this.server.baseUrl("openai") + "/chat/completions", chat("hi"),
				"Authorization", AUTH);
		assertThat(Http.json(response).at("/choices/0/message/content").asString()).isEqualTo("You said: hi");
		assertThat(this.server.requestCount()).isEqualTo(1);
		assertThat(this.server.takeRequest().path()).endsWith("/chat/completions");
	}

	@Test
	void enqueuedRepliesAreTakenFirstInFirstOut() {
		this.server.enqueue(MockReply.text("one"));
		this.server.enqueue(MockReply.text("two"));
		String url = this.server.baseUrl("openai") + "/chat/completions";
		assertThat(Http.json(Http.post(url, chat("x"), "Authorization", AUTH)).at("/choices/0/message/content")
			.asString()).isEqualTo("one");
		assertThat(Http.json(Http.post(url, chat("x"), "Authorization", AUTH)).at("/choices/0/message/content")
			.asString()).isEqualTo("two");
		assertThat(Http.json(Http.post(url, chat("x"), "Authorization", AUTH)).at("/choices/0/message/content")
			.asString()).isEqualTo("You said: x");
	}

	@Test
	void outageAnswersEveryRequestToThatProviderWhileOthersTakeTheQueueUntilItEnds() {
		this.server.enqueue(MockReply.text("queued"));
		this.server.outage("openai", MockReply.error(503, "server_error", "down"));
		String openai = this.server.baseUrl("openai") + "/chat/completions";
		String groq = this.server.baseUrl("groq") + "/chat/completions";
		assertThat(Http.post(openai, chat("x"), "Authorization", AUTH).statusCode()).isEqualTo(503);
		assertThat(Http.post(openai, chat("x"), "Authorization", AUTH).statusCode()).isEqualTo(503);
		assertThat(this.server.outages()).containsExactly("openai");
		assertThat(Http.json(Http.post(groq, chat("x"), "Authorization", AUTH)).at("/choices/0/message/content")
			.asString()).isEqualTo("queued");
		this.server.endOutage("openai");
		assertThat(Http.post(openai, chat("x"), "Authorization", AUTH).statusCode()).isEqualTo(200);
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.outage("nope", MockReply.text("x")))
			.withMessageStartingWith("Unknown provider 'nope'");
	}

	@Test
	void refusedRequestDoesNotTakeTheScriptedReply() {
		this.server.enqueue(MockReply.text("kept"));
		String url = this.server.baseUrl("openai") + "/chat/completions";
		assertThat(Http.post(url, chat("x"), "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
		assertThat(Http.json(Http.post(url, chat("x"), "Authorization", AUTH)).at("/choices/0/message/content")
			.asString()).isEqualTo("kept");
	}

	@Test
	void delayedReplyHoldsBackTheResponseHeaders() {
		this.server.enqueue(MockReply.text("late").withDelay(Duration.ofSeconds(2)));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.server.baseUrl("openai") + "/chat/completions"))
			.timeout(Duration.ofMillis(200))
			.header("Authorization", AUTH)
			.POST(HttpRequest.BodyPublishers.ofString(chat("x")))
			.build();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> Http.send(request))
			.withCauseInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void requestSeenByTakeRequestHasTakenItsReplyEvenWhileTheReplyIsDelayed() {
		this.server.enqueue(MockReply.text("slow").withDelay(Duration.ofMillis(500)));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String url = this.server.baseUrl("openai") + "/chat/completions";
		CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", AUTH)
			.POST(HttpRequest.BodyPublishers.ofString(chat("x")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(this.server.takeRequest().body()).contains("\"x\"");
		this.server.reset();
		this.server.enqueue(MockReply.text("next"));
		assertThat(Http.json(Http.post(url, chat("y"), "Authorization", AUTH)).at("/choices/0/message/content")
			.asString()).isEqualTo("next");
		assertThat(Http.json(slow.join()).at("/choices/0/message/content").asString()).isEqualTo("slow");
	}

	@Test
	void concurrentRequestsAreAllAnswered() {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(this.server.baseUrl("openai") + "/chat/completions"))
				.header("Authorization", AUTH)
				.POST(HttpRequest.BodyPublishers.ofString(chat("n" + i)))
				.build();
			responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
		}
		for (int i = 0; i < responses.size(); i++) {
			HttpResponse<String> response = responses.get(i).join();
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(Http.json(response).at("/choices/0/message/content").asString()).isEqualTo("You said: n" + i);
		}
		assertThat(this.server.requestCount()).isEqualTo(24);
	}

	@Test
	void unknownProviderPathAnswers404NamingKnownProviders() {
		HttpResponse<String> response = Http.get("http://127.0.0.1:" + this.server.port() + "/nope/v1/models");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("known providers");
	}

	@Test
	void rawErrorAndJsonRepliesAreSentVerbatim() {
		this.server.enqueue(MockReply.rawError(502, "not json at all"));
		this.server.enqueue(MockReply.json("{\"data\":[],\"has_more\":true}"));
		String url = this.server.baseUrl("mistral") + "/models";
		HttpResponse<String> raw = Http.get(url, "Authorization", AUTH);
		assertThat(raw.statusCode()).isEqualTo(502);
		assertThat(raw.body()).isEqualTo("not json at all");
		HttpResponse<String> json = Http.get(url, "Authorization", AUTH);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).isEqualTo("{\"data\":[],\"has_more\":true}");
		assertThat(json.headers().firstValue("content-type")).hasValue("application/json");
	}

	@Test
	void closeStopsPromptlyEvenWithADelayedRequestPending() {
		this.server.enqueue(MockReply.text("never").withDelay(Duration.ofSeconds(30)));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CompletableFuture<HttpResponse<String>> pending = client.sendAsync(
				HttpRequest.newBuilder(URI.create(this.server.baseUrl("openai") + "/chat/completions"))
					.header("Authorization", AUTH)
					.POST(HttpRequest.BodyPublishers.ofString(chat("x")))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		this.server.takeRequest();
		this.server.close();
		assertThat(pending).failsWithin(Duration.ofSeconds(10));
	}

	static String chat(String text) {
		return "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":" + Json.quote(text) + "}]}";
	}

}
