package io.github.llmkit.resilience4j;

import java.time.Duration;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.route.CallGuard;
import io.github.llmkit.route.CircuitOpenException;
import io.github.llmkit.route.FailoverReason;
import io.github.llmkit.route.GuardedLlmClient;
import io.github.llmkit.route.LlmRoute;
import io.github.llmkit.route.LlmRouteException;
import io.github.llmkit.route.MemberFailure;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Resilience4j breakers on clients of all three wire families, alone and inside a route, against scripted
 * outages on the simulator.
 */
class CircuitBreakerRouteTests {

	static MockLlmServer server;

	@BeforeAll
	static void startServer() {
		server = MockLlmServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
	}

	static GuardedLlmClient guarded(ProviderType type, Duration openDuration) {
		LlmClient client = LlmClients.create(type, ClientConfig.builder()
			.apiKey(MockLlmServer.API_KEY)
			.baseUrl(server.baseUrl(type.id()))
			.retries(0)
			.build());
		return Resilience4jCallGuard.guard(client, CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(2)
			.failureRateThreshold(50)
			.waitDurationInOpenState(openDuration)
			.permittedNumberOfCallsInHalfOpenState(1)
			.build());
	}

	@Test
	void breakerOpensAfterProviderFailuresAndRefusesWithoutSending() {
		GuardedLlmClient openai = guarded(ProviderType.OPENAI, Duration.ofMinutes(1));
		server.enqueue(MockReply.error(503, "server_error", "down"));
		server.enqueue(MockReply.error(502, "bad_gateway", "down"));
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> openai.complete("Hi"));
		}
		assertThat(openai.guard().state()).isEqualTo(CallGuard.State.OPEN);
		assertThatExceptionOfType(CircuitOpenException.class).isThrownBy(() -> openai.complete("Hi"))
			.withMessage("openai: circuit open after recent failures; the call was not sent");
		assertThat(server.requestCount()).isEqualTo(2);
	}

	@Test
	void callersMistakesDoNotOpenTheBreaker() {
		GuardedLlmClient claude = guarded(ProviderType.CLAUDE, Duration.ofMinutes(1));
		for (int i = 0; i < 4; i++) {
			server.enqueue(MockReply.error(400, "invalid_request_error", "bad"));
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> claude.complete("Hi"));
		}
		assertThat(claude.guard().state()).isEqualTo(CallGuard.State.CLOSED);
	}

	@Test
	void routeSkipsAnOpenMemberWithoutCallingItUntilItHalfOpens() throws InterruptedException {
		GuardedLlmClient gemini = guarded(ProviderType.GEMINI, Duration.ofMillis(300));
		GuardedLlmClient claude = guarded(ProviderType.CLAUDE, Duration.ofMinutes(1));
		LlmRoute route = LlmRoute.builder("resilient").member(gemini).member(claude).build();
		server.enqueue(MockReply.error(503, "UNAVAILABLE", "down"));
		server.enqueue(MockReply.text("claude 1"));
		server.enqueue(MockReply.error(500, "INTERNAL", "down"));
		server.enqueue(MockReply.text("claude 2"));
		assertThat(route.complete("Hi").answeredBy()).isEqualTo("claude");
		assertThat(route.complete("Hi").answeredBy()).isEqualTo("claude");
		assertThat(gemini.guard().state()).isEqualTo(CallGuard.State.OPEN);
		server.reset();
		server.enqueue(MockReply.text("claude 3"));
		assertThat(route.complete("Hi").text()).isEqualTo("claude 3");
		assertThat(server.takeRequest().provider()).isEqualTo("claude");
		assertThat(server.requestCount()).isEqualTo(1);
		Thread.sleep(400);
		server.reset();
		server.enqueue(MockReply.text("gemini is back"));
		assertThat(route.complete("Hi").answeredBy()).isEqualTo("gemini");
		assertThat(gemini.guard().state()).isEqualTo(CallGuard.State.CLOSED);
	}

	@Test
	void routeWhoseEveryMemberIsOpenFailsFastListingEachLastFailure() {
		GuardedLlmClient openai = guarded(ProviderType.OPENAI, Duration.ofMinutes(1));
		GuardedLlmClient claude = guarded(ProviderType.CLAUDE, Duration.ofMinutes(1));
		LlmRoute route = LlmRoute.builder("resilient").member(openai).member(claude).build();
		for (int i = 0; i < 4; i++) {
			server.enqueue(MockReply.error((i % 2 == 0) ? 503 : 529, "overloaded", "down " + i));
		}
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(LlmRouteException.class).isThrownBy(() -> route.complete("Hi"));
		}
		server.reset();
		assertThatExceptionOfType(LlmRouteException.class).isThrownBy(() -> route.complete("Hi")).satisfies((ex) -> {
			assertThat(ex.failures()).extracting(MemberFailure::reason).containsOnly(FailoverReason.CIRCUIT_OPEN);
			assertThat(ex.failures().get(0).failure()).isInstanceOf(LlmHttpException.class);
			assertThat(ex.getMessage()).startsWith("Route 'resilient': every member's circuit is open; openai: circuit_open (")
				.contains("down 2", "claude: circuit_open (", "down 3");
		});
		assertThat(server.requestCount()).isZero();
	}

}
