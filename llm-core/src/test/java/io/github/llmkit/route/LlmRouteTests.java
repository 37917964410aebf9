package io.github.llmkit.route;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.test.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Failover through {@link LlmRoute} over members of all three wire families on the simulator, with scripted
 * outages: 5xx bursts, 429 with a long Retry-After, 529, stalled responses and streams.
 */
class LlmRouteTests {

	static MockLlmServer server;

	final List<String> failovers = new ArrayList<>();

	LlmClient openai;

	LlmClient claude;

	LlmClient gemini;

	@BeforeAll
	static void startServer() {
		server = MockLlmServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void setUp() {
		server.reset();
		this.openai = client(ProviderType.OPENAI);
		this.claude = client(ProviderType.CLAUDE);
		this.gemini = client(ProviderType.GEMINI);
	}

	static LlmClient client(ProviderType type) {
		return LlmClients.create(type, ClientConfig.builder()
			.apiKey(MockLlmServer.API_KEY)
			.baseUrl(server.baseUrl(type.id()))
			.retries(1)
			.retryDelay(Duration.ofMillis(1))
			.timeout(Duration.ofSeconds(2))
			.streamIdleTimeout(Duration.ofMillis(300))
			.build());
	}

	LlmRoute route() {
		return LlmRoute.builder("resilient")
			.member(this.openai)
			.member(this.claude)
			.member(this.gemini)
			.listener((route, member, reason, failure) -> this.failovers.add(member + ":" + reason.tag()))
			.build();
	}

	List<String> providersCalled() {
		List<String> providers = new ArrayList<>();
		for (int i = server.requestCount(); i > 0; i--) {
			providers.add(server.takeRequest().provider());
		}
		return providers;
	}

	@Test
	void chatWhenFirstMemberIsHealthyAnswersFromItAndNamesIt() {
		server.enqueue(MockReply.text("from openai"));
		ChatResponse answer = route().complete("Hi");
		assertThat(answer.text()).isEqualTo("from openai");
		assertThat(answer.answeredBy()).isEqualTo("openai");
		assertThat(this.failovers).isEmpty();
	}

	@Test
	void chatAfterA5xxBurstOutlastingTheRetriesFailsOverToTheNextMember() {
		server.enqueue(MockReply.error(503, "server_error", "down"));
		server.enqueue(MockReply.error(500, "server_error", "still down"));
		server.enqueue(MockReply.text("from claude"));
		ChatResponse answer = route().complete("Hi");
		assertThat(answer.text()).isEqualTo("from claude");
		assertThat(answer.answeredBy()).isEqualTo("claude");
		assertThat(providersCalled()).containsExactly("openai", "openai", "claude");
		assertThat(this.failovers).containsExactly("openai:server_error");
	}

	@Test
	void chatWhenRetryAfterIsAboveTheCapFailsOverAtOnce() {
		server.enqueue(MockReply.error(429, "rate_limit_error", "slow down").withHeader("Retry-After", "3600"));
		server.enqueue(MockReply.text("from claude"));
		assertThat(route().complete("Hi").answeredBy()).isEqualTo("claude");
		assertThat(providersCalled()).containsExactly("openai", "claude");
		assertThat(this.failovers).containsExactly("openai:rate_limited");
	}

	@Test
	void chatWhenClaudeIsOverloadedAndOpenAiStallsReachesGemini() {
		// timeout is the deadline of the whole call: the stalled first attempt uses all of it, so openai's
		// retry is never sent
		server.enqueue(MockReply.text("late").withDelay(Duration.ofSeconds(5)));
		server.enqueue(MockReply.error(529, "overloaded_error", "Overloaded"));
		server.enqueue(MockReply.error(529, "overloaded_error", "Overloaded"));
		server.enqueue(MockReply.text("from gemini"));
		ChatResponse answer = route().complete("Hi");
		assertThat(answer.text()).isEqualTo("from gemini");
		assertThat(answer.answeredBy()).isEqualTo("gemini");
		assertThat(this.failovers).containsExactly("openai:timeout", "claude:overloaded");
	}

	@Test
	void chatWhenTheCallerIsAtFaultSurfacesTheFailureWithoutFailover() {
		server.enqueue(MockReply.error(400, "invalid_request_error", "bad temperature"));
		assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> route().complete("Hi"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
		assertThat(providersCalled()).containsExactly("openai");
		assertThat(this.failovers).isEmpty();
	}

	@Test
	void chatWhenAKeyIsRejectedSurfacesItUnlessConfiguredToFailOver() {
		LlmClient wrongKey = LlmClients.create(ProviderType.OPENAI,
				ClientConfig.builder().apiKey("wrong").baseUrl(server.baseUrl("openai")).retries(0).build());
		LlmRoute strict = LlmRoute.builder("strict").member(wrongKey).member(this.claude).build();
		assertThatExceptionOfType(LlmException.class).isThrownBy(() -> strict.complete("Hi"));
		LlmRoute lenient = LlmRoute.builder("lenient")
			.member(wrongKey)
			.member(this.claude)
			.authenticationFailsOver(true)
			.build();
		server.enqueue(MockReply.text("from claude"));
		assertThat(lenient.complete("Hi").answeredBy()).isEqualTo("claude");
	}

	@Test
	void chatWhenEveryMemberFailsListsEachFailure() {
		for (int i = 0; i < 6; i++) {
			server.enqueue(MockReply.error(503, "unavailable", "down " + i));
		}
		assertThatExceptionOfType(LlmRouteException.class).isThrownBy(() -> route().complete("Hi"))
			.satisfies((ex) -> {
				assertThat(ex.failures()).extracting(MemberFailure::member).containsExactly("openai", "claude", "gemini");
				assertThat(ex.failures()).extracting(MemberFailure::reason).containsOnly(FailoverReason.SERVER_ERROR);
				assertThat(ex.getMessage()).startsWith("Route 'resilient': no member could answer; openai: server_error")
					.contains("claude: server_error", "gemini: server_error");
			});
	}

	@Test
	void memberOptionsOverrideTheCallsModelForThatMemberOnly() {
		LlmRoute route = LlmRoute.builder("cheap")
			.member(this.openai, ChatOptions.builder().model("gpt-4o-mini").build())
			.member(this.claude, ChatOptions.builder().model("claude-haiku-4-5").build())
			.build();
		server.enqueue(MockReply.error(503, "server_error", "down"));
		server.enqueue(MockReply.error(503, "server_error", "down"));
		server.enqueue(MockReply.text("from claude"));
		route.complete("Hi", ChatOptions.builder().temperature(0.1).build());
		RecordedRequest first = server.takeRequest();
		server.takeRequest();
		RecordedRequest second = server.takeRequest();
		assertThat(first.json().get("model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(second.json().get("model").asString()).isEqualTo("claude-haiku-4-5");
		assertThat(second.json().get("temperature").asDouble()).isEqualTo(0.1);
		assertThat(route.defaultModel()).isEqualTo("gpt-4o-mini");
	}

	@Test
	void streamWhenFirstMemberStallsBeforeItsFirstDeltaFailsOver() {
		server.enqueue(MockReply.text("never").stallAfterChunks(0, Duration.ofSeconds(3)));
		server.enqueue(MockReply.text("never").stallAfterChunks(0, Duration.ofSeconds(3)));
		server.enqueue(MockReply.text("streamed by claude"));
		StringBuilder seen = new StringBuilder();
		ChatResponse answer = route().streamComplete("Hi", StreamListeners.text(seen::append));
		assertThat(seen).hasToString("streamed by claude");
		assertThat(answer.answeredBy()).isEqualTo("claude");
		assertThat(this.failovers).containsExactly("openai:timeout");
	}

	@Test
	void streamThatBreaksAfterItsFirstDeltaSurfacesTheFailure() {
		server.enqueue(MockReply.text("a long answer that breaks off").cutAfterChunks(3));
		StringBuilder seen = new StringBuilder();
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> route().streamComplete("Hi", StreamListeners.text(seen::append)));
		assertThat(seen).isNotEmpty();
		assertThat(this.failovers).isEmpty();
		assertThat(providersCalled()).containsExactly("openai");
	}

	@Test
	void listModelsFailsOverAndEmbedUsesTheFirstMemberWithEmbeddingsOnly() {
		server.enqueue(MockReply.error(503, "server_error", "down"));
		server.enqueue(MockReply.error(503, "server_error", "down"));
		assertThat(route().listModels()).isNotEmpty();
		LlmRoute claudeFirst = LlmRoute.builder("embed").member(this.claude).member(this.gemini).build();
		server.reset();
		assertThat(claudeFirst.embed(List.of("hello")).vectors()).hasSize(1);
		assertThat(providersCalled()).containsExactly("gemini");
	}

	@Test
	void toolLoopThatFailsOverMidwaySendsTheOtherFamilyOnlyWhatItCanRead() {
		LlmClient deepseek = client(ProviderType.DEEPSEEK);
		LlmRoute route = LlmRoute.builder("agent").member(this.claude).member(deepseek).build();
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"))
			.withReasoning("Claude private thinking"));
		server.enqueue(MockReply.error(529, "overloaded_error", "Overloaded"));
		server.enqueue(MockReply.error(529, "overloaded_error", "Overloaded"));
		server.enqueue(MockReply.text("It is sunny in Paris"));
		ToolLoopResult result = new ToolRegistry().registerStandardTools()
			.run(route, List.of(Message.user("Weather in Paris?")));
		assertThat(result.text()).isEqualTo("It is sunny in Paris");
		RecordedRequest first = server.takeRequest();
		server.takeRequest();
		server.takeRequest();
		RecordedRequest toDeepSeek = server.takeRequest();
		assertThat(first.provider()).isEqualTo("claude");
		assertThat(toDeepSeek.provider()).isEqualTo("deepseek");
		String body = toDeepSeek.json().toString();
		assertThat(body).doesNotContain("Claude private thinking").doesNotContain("signature");
		String callId = result.executions().get(0).call().id();
		assertThat(toDeepSeek.json().get("messages").get(1).get("tool_calls").get(0).get("id").asString())
			.isEqualTo(callId);
		assertThat(toDeepSeek.json().get("messages").get(2).get("tool_call_id").asString()).isEqualTo(callId);
	}

	@Test
	void builderRejectsAnEmptyRouteAndADuplicateMember() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> LlmRoute.builder("empty").build())
			.withMessage("Route 'empty' needs at least one member");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> LlmRoute.builder("twice").member(this.openai).member(this.openai).build())
			.withMessage("Route 'twice' lists member 'openai' twice");
	}

}
