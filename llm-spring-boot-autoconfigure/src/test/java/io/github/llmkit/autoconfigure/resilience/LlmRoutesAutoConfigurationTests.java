package io.github.llmkit.autoconfigure.resilience;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException;
import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmCallGuards;
import io.github.llmkit.autoconfigure.health.LlmHealthAutoConfiguration;
import io.github.llmkit.autoconfigure.health.LlmRouteHealthIndicator;
import io.github.llmkit.autoconfigure.metrics.LlmMetricsAutoConfiguration;
import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.route.LlmRouteException;
import io.github.llmkit.route.LlmRoute;
import io.github.llmkit.route.RouteMember;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code llm.routes}, {@code llm.route-options}, {@code llm.failover-on-authentication} and
 * {@code llm.providers.<name>.circuit-breaker.*} through the auto-configuration, with health and metrics.
 */
class LlmRoutesAutoConfigurationTests {

	static MockLlmServer server;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmCircuitBreakerAutoConfiguration.class,
				LlmMetricsAutoConfiguration.class, LlmHealthAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

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

	ApplicationContextRunner members() {
		return this.contextRunner.withPropertyValues(entry("openai"), entry("claude"), entry("gemini"))
			.withPropertyValues("llm.providers.openai.base-url=" + server.baseUrl("openai"),
					"llm.providers.claude.base-url=" + server.baseUrl("claude"),
					"llm.providers.gemini.base-url=" + server.baseUrl("gemini"),
					"llm.providers.openai.retries=0", "llm.providers.claude.retries=0",
					"llm.providers.gemini.retries=0", "llm.default-provider=openai",
					"llm.routes.resilient=openai,claude,gemini");
	}

	static String entry(String name) {
		return "llm.providers." + name + ".api-key=" + MockLlmServer.API_KEY;
	}

	@Test
	void routeBecomesAClientBeanThatFailsOverAndCountsFailoversByReason() {
		members().run((context) -> {
			LlmClient route = context.getBean("resilient", LlmClient.class);
			assertThat(route).isInstanceOf(LlmRoute.class);
			assertThat(((LlmRoute) route).members()).extracting(RouteMember::name)
				.containsExactly("openai", "claude", "gemini");
			server.enqueue(MockReply.error(503, "server_error", "down"));
			server.enqueue(MockReply.error(429, "rate_limit_error", "slow").withHeader("Retry-After", "3600"));
			server.enqueue(MockReply.text("from gemini"));
			assertThat(route.complete("Hi").answeredBy()).isEqualTo("gemini");
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("llm.client.failovers").tag("llm.route.name", "resilient")
				.tag("llm.client.name", "openai").tag("reason", "server_error").counter().count()).isEqualTo(1);
			assertThat(meters.get("llm.client.failovers").tag("llm.client.name", "claude")
				.tag("reason", "rate_limited").counter().count()).isEqualTo(1);
			assertThat(meters.find("gen_ai.client.operation.duration").tag("llm.client.name", "resilient").timer())
				.isNull();
		});
	}

	@Test
	void routeOptionsGiveEachMemberItsOwnModelAndDefaultProviderMayNameTheRoute() {
		members().withPropertyValues("llm.default-provider=resilient",
				"llm.route-options.resilient.openai.model=gpt-4o-mini",
				"llm.route-options.resilient.claude.model=claude-haiku-4-5",
				"llm.route-options.resilient.claude.max-tokens=300",
				"llm.route-options.resilient.claude.temperature=0.2")
			.run((context) -> {
				LlmClient primary = context.getBean(LlmClient.class);
				assertThat(primary.name()).isEqualTo("resilient");
				server.enqueue(MockReply.error(500, "server_error", "down"));
				primary.complete("Hi");
				assertThat(server.takeRequest().json().get("model").asString()).isEqualTo("gpt-4o-mini");
				JsonNode claude = server.takeRequest().json();
				assertThat(claude.get("model").asString()).isEqualTo("claude-haiku-4-5");
				assertThat(claude.get("max_tokens").asInt()).isEqualTo(300);
				assertThat(claude.get("temperature").asDouble()).isEqualTo(0.2);
			});
	}

	@Test
	void rejectedKeyFailsOverOnlyWithFailoverOnAuthentication() {
		ApplicationContextRunner wrongKey = members().withPropertyValues("llm.providers.openai.api-key=wrong");
		wrongKey.run((context) -> assertThat(context.getBean("resilient", LlmClient.class))
			.satisfies((route) -> assertThat(
					catchThrowable(() -> route.complete("Hi")))
				.isInstanceOf(LlmAuthenticationException.class)));
		wrongKey.withPropertyValues("llm.failover-on-authentication=true")
			.run((context) -> assertThat(context.getBean("resilient", LlmClient.class).complete("Hi").answeredBy())
				.isEqualTo("claude"));
	}

	@Test
	void everyClientGetsABreakerWithItsEntrysSettingsUnlessDisabled() {
		members().withPropertyValues("llm.providers.claude.circuit-breaker.failure-rate=25",
				"llm.providers.claude.circuit-breaker.window=8", "llm.providers.claude.circuit-breaker.minimum-calls=4",
				"llm.providers.claude.circuit-breaker.open-duration=45s",
				"llm.providers.gemini.circuit-breaker.enabled=false")
			.run((context) -> {
				LlmCallGuards guards = context.getBean(LlmCallGuards.class);
				context.getBean("gemini");
				assertThat(guards.asMap()).containsOnlyKeys("openai", "claude");
				CircuitBreakerConfig config = context.getBean(CircuitBreakerRegistry.class)
					.circuitBreaker("claude")
					.getCircuitBreakerConfig();
				assertThat(config.getFailureRateThreshold()).isEqualTo(25);
				assertThat(config.getSlidingWindowSize()).isEqualTo(8);
				assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
				assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(45_000);
			});
	}

	@Test
	void healthShowsARouteDegradedWhileAMemberIsOpenAndDownWhenAllAre() {
		members().run((context) -> {
			CircuitBreakerRegistry breakers = context.getBean(CircuitBreakerRegistry.class);
			assertThat(routeHealth(context).getStatus()).isEqualTo(Status.UP);
			breakers.circuitBreaker("openai").transitionToOpenState();
			assertThat(routeHealth(context).getStatus()).isEqualTo(LlmRouteHealthIndicator.DEGRADED);
			assertThat(routeHealth(context).getDetails()).containsEntry("answering", "claude");
			assertThat(clientHealth(context, "openai").getDetails()).containsEntry("circuit", "OPEN");
			breakers.circuitBreaker("claude").transitionToOpenState();
			breakers.circuitBreaker("gemini").transitionToOpenState();
			assertThat(routeHealth(context).getStatus()).isEqualTo(Status.DOWN);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("llm.client.circuit.state").tag("llm.client.name", "openai").tag("state", "open")
				.gauge().value()).isEqualTo(1);
			int before = server.requestCount();
			assertThat(catchThrowable(
					() -> context.getBean("resilient", LlmClient.class).complete("Hi")))
				.isInstanceOf(LlmRouteException.class);
			assertThat(server.requestCount()).isEqualTo(before);
			assertThat(meters.get("llm.client.circuit.not_permitted").tag("llm.client.name", "gemini")
				.counter().count()).isEqualTo(1);
		});
	}

	private static Health routeHealth(AssertableApplicationContext context) {
		return clientHealth(context, "resilient");
	}

	private static Health clientHealth(
			AssertableApplicationContext context, String name) {
		CompositeHealthContributor composite = context.getBean("llmHealthContributor", CompositeHealthContributor.class);
		return ((HealthIndicator) composite.getContributor(name)).health();
	}

	@Test
	void startupWhenRoutesOrResiliencePropertiesAreWrongListsEachProblem() {
		this.contextRunner.withPropertyValues(entry("openai"), "llm.routes.openai=openai",
				"llm.routes.broken=openai,missing,openai", "llm.routes.empty=",
				"llm.route-options.nowhere.openai.model=x", "llm.route-options.broken.claude.model=x",
				"llm.route-options.broken.openai.temperature=3", "llm.route-options.broken.openai.max-tokens=0",
				"llm.providers.openai.circuit-breaker.failure-rate=0", "llm.providers.openai.circuit-breaker.window=0",
				"llm.providers.openai.circuit-breaker.minimum-calls=0",
				"llm.providers.openai.circuit-breaker.open-duration=0s", "llm.providers.openai.rate-limit.store=redis")
			.run((context) -> assertThat(problems(context)).extracting(Problem::property)
				.contains("llm.routes.openai", "llm.routes.broken[1]", "llm.routes.broken[2]", "llm.routes.empty",
						"llm.route-options.nowhere.openai", "llm.route-options.broken.claude",
						"llm.route-options.broken.openai.temperature", "llm.route-options.broken.openai.max-tokens",
						"llm.providers.openai.circuit-breaker.failure-rate",
						"llm.providers.openai.circuit-breaker.window",
						"llm.providers.openai.circuit-breaker.minimum-calls",
						"llm.providers.openai.circuit-breaker.open-duration", "llm.providers.openai.rate-limit.store"));
		this.contextRunner.withPropertyValues(entry("openai"), "llm.providers.openai.rate-limit.store=redis",
				"llm.providers.openai.rate-limit.requests-per-minute=10", "llm.providers.openai.rate-limit.fail-open=false")
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.openai.rate-limit.store");
				assertThat(problem.reason()).isEqualTo("is redis but llm-redis is not on the classpath");
			}));
	}

	private static List<Problem> problems(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable cause = context.getStartupFailure();
		while (cause != null && !(cause instanceof InvalidLlmPropertiesException)) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(InvalidLlmPropertiesException.class);
		return ((InvalidLlmPropertiesException) cause).problems();
	}

}
