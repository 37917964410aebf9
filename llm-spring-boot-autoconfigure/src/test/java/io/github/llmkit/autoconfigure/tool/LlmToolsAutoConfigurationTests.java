package io.github.llmkit.autoconfigure.tool;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.tool.LlmTool;
import io.github.llmkit.tool.Tool;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolLoopException;
import io.github.llmkit.tool.ToolRegistry;
import io.github.llmkit.tool.ToolResult;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LlmToolsAutoConfiguration}.
 */
class LlmToolsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmToolsAutoConfiguration.class));

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void toolsRunOnVirtualThreadsWhenVirtualThreadsAreEnabled() {
		this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true")
			.withBean(ThreadTool.class)
			.run((context) -> assertThat(toolThread(context.getBean(ToolRegistry.class))).startsWith("llmkit-tool-")
				.isNotEqualTo(Thread.currentThread().getName()));
	}

	@Test
	@EnabledForJreRange(max = JRE.JAVA_20)
	void virtualThreadsPropertyIsIgnoredBeforeJava21() {
		this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true")
			.withBean(ThreadTool.class)
			.run((context) -> assertThat(toolThread(context.getBean(ToolRegistry.class)))
				.isEqualTo(Thread.currentThread().getName()));
	}

	private static String toolThread(ToolRegistry registry) {
		ChatResponse response = new ChatResponse("r1", "m", "", null, List.of(),
				List.of(ToolCall.of("call_1", "thread_name", "{}")), FinishReason.TOOL_CALLS, null, null, null);
		return registry.processToolCalls(response).get(0).text();
	}

	@Test
	void shouldProvideEmptyToolRegistryWithoutToolBeans() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ToolRegistry.class);
			assertThat(context.getBean(ToolRegistry.class).list()).isEmpty();
		});
	}

	@Test
	void shouldRegisterToolMethodsOfComponentsAndBeanMethods() {
		this.contextRunner.withUserConfiguration(WeatherService.class, BeanMethodConfiguration.class).run((context) -> {
			ToolRegistry registry = context.getBean(ToolRegistry.class);
			assertThat(registry.list()).containsExactlyInAnyOrder("get_weather", "shout");
			assertThat(registry.execute("get_weather", "{\"city\":\"Paris\"}").content()).contains("Sunny in Paris");
			assertThat(registry.execute("shout", "{\"text\":\"hi\"}").content()).contains("HI");
		});
	}

	@Test
	void shouldRegisterInheritedToolMethods() {
		this.contextRunner.withBean(DerivedTools.class).run((context) -> {
			ToolRegistry registry = context.getBean(ToolRegistry.class);
			assertThat(registry.list()).containsExactlyInAnyOrder("greet", "farewell");
			assertThat(registry.execute("greet", "{\"name\":\"Ada\"}").content()).contains("Hello, Ada!");
		});
	}

	@Test
	void shouldInvokeProxiedBeanThroughItsProxy() {
		this.contextRunner.withUserConfiguration(CountingProxyConfiguration.class)
			.withBean("weather", WeatherService.class)
			.run((context) -> {
				assertThat(AopUtils.isCglibProxy(context.getBean("weather"))).isTrue();
				ToolResult result = context.getBean(ToolRegistry.class).execute("get_weather", "{\"city\":\"Oslo\"}");
				assertThat(result.error()).isFalse();
				assertThat(result.content()).contains("Sunny in Oslo");
				assertThat(context.getBean(CountingProxyConfiguration.class).calls.get()).isOne();
			});
	}

	@Test
	void shouldInvokeJdkProxyWhenToolIsDeclaredOnInterface() {
		this.contextRunner.withUserConfiguration(JdkProxyConfiguration.class).run((context) -> {
			assertThat(AopUtils.isJdkDynamicProxy(context.getBean("clock"))).isTrue();
			assertThat(context.getBean(ToolRegistry.class).execute("now", "{}").content()).contains("noon");
			assertThat(context.getBean(JdkProxyConfiguration.class).calls.get()).isOne();
		});
	}

	@Test
	void startupWhenTwoBeansDefineSameToolFailsNamingBoth() {
		this.contextRunner.withBean("weather", WeatherService.class)
			.withBean("otherWeather", OtherWeatherService.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				assertThat(failure).isInstanceOf(InvalidLlmToolBeanException.class)
					.hasMessageContaining("'get_weather'")
					.hasMessageContaining("bean 'weather'")
					.hasMessageContaining("bean 'otherWeather'");
				FailureAnalysis analysis = new InvalidLlmToolBeanFailureAnalyzer().analyze(failure);
				assertThat(analysis.getDescription()).contains("get_weather");
				assertThat(analysis.getAction()).contains("@LlmTool(name");
			});
	}

	@Test
	void startupWhenProxiedToolMethodIsFinalFails() {
		this.contextRunner.withUserConfiguration(CountingProxyConfiguration.class)
			.withBean("weather", FinalToolService.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidLlmToolBeanException.class)
				.hasMessageContaining("FinalToolService.lock")
				.hasMessageContaining("final"));
	}

	@Test
	void shouldKeepApplicationToolRegistryAndFillIt() {
		ToolRegistry own = ToolRegistry.builder().maxIterations(3).build();
		this.contextRunner.withBean(ToolRegistry.class, () -> own)
			.withBean(WeatherService.class)
			.run((context) -> {
				assertThat(context.getBean(ToolRegistry.class)).isSameAs(own);
				assertThat(own.list()).containsExactly("get_weather");
			});
	}

	@Test
	void toolLoopStopsAfterConfiguredMaxIterations() {
		try (MockLlmServer server = MockLlmServer.start()) {
			for (int i = 0; i < 3; i++) {
				server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}")));
			}
			this.contextRunner.withBean(WeatherService.class)
				.withPropertyValues("llm.tools.max-iterations=2", "llm.providers.openai.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.openai.base-url=" + server.baseUrl("openai"))
				.run((context) -> {
					LlmClient client = context.getBean(LlmClient.class);
					assertThatExceptionOfType(ToolLoopException.class)
						.isThrownBy(() -> context.getBean(ToolRegistry.class)
							.run(client, List.of(Message.user("Weather in Paris, forever?"))))
						.withMessageContaining("2 rounds");
					assertThat(server.requestCount()).isEqualTo(3);
				});
		}
	}

	@Test
	void shouldAcceptApplicationRegistryThatAlreadyHoldsTheBeanTools() {
		this.contextRunner.withUserConfiguration(WeatherService.class, PreFilledRegistryConfiguration.class)
			.run((context) -> assertThat(context.getBean(ToolRegistry.class).list()).containsExactly("get_weather"));
	}

	@Test
	void startupWhenApplicationRegistryHoldsOtherToolOfSameNameFails() {
		ToolRegistry own = new ToolRegistry()
			.register(Tool.of("get_weather", "Another weather tool", null, (arguments) -> "cloudy"));
		this.contextRunner.withBean(ToolRegistry.class, () -> own)
			.withBean("weather", WeatherService.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidLlmToolBeanException.class)
				.hasMessageContaining("'get_weather'")
				.hasMessageContaining("bean 'weather'"));
	}

	@Configuration(proxyBeanMethods = false)
	static class PreFilledRegistryConfiguration {

		@Bean
		ToolRegistry toolRegistry(WeatherService weather) {
			return new ToolRegistry().register(weather);
		}

	}

	@Component
	static class WeatherService {

		@LlmTool(name = "get_weather", description = "Current weather of a city")
		public String weather(String city) {
			return "Sunny in " + city;
		}

	}

	static class OtherWeatherService {

		@LlmTool(name = "get_weather", description = "Weather again")
		public String weather(String city) {
			return "Rain in " + city;
		}

	}

	static class FinalToolService {

		@LlmTool(name = "lock", description = "Cannot be proxied")
		public final String lock() {
			return "locked";
		}

		public String other() {
			return "other";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BeanMethodConfiguration {

		@Bean
		TextTools textTools() {
			return new TextTools();
		}

	}

	static class TextTools {

		@LlmTool(description = "Upper-case a text")
		String shout(String text) {
			return text.toUpperCase(Locale.ROOT);
		}

	}

	abstract static class BaseTools {

		@LlmTool(description = "Greet someone")
		public String greet(String name) {
			return "Hi " + name;
		}

		@LlmTool(description = "Say goodbye")
		public String farewell() {
			return "Bye";
		}

	}

	static class DerivedTools extends BaseTools {

		@Override
		public String greet(String name) {
			return "Hello, " + name + "!";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingProxyConfiguration {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		static BeanPostProcessor countingProxies(ObjectProvider<CountingProxyConfiguration> self) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!"weather".equals(beanName)) {
						return bean;
					}
					ProxyFactory factory = new ProxyFactory(bean);
					factory.setProxyTargetClass(true);
					factory.addAdvice((MethodInterceptor) (invocation) -> {
						self.getObject().calls.incrementAndGet();
						return invocation.proceed();
					});
					return factory.getProxy();
				}

			};
		}

	}

	interface Clock {

		@LlmTool(description = "Current time of day")
		String now();

	}

	static class NoonClock implements Clock {

		@Override
		public String now() {
			return "noon";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JdkProxyConfiguration {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		Clock clock() {
			ProxyFactory factory = new ProxyFactory(new NoonClock());
			factory.setInterfaces(Clock.class);
			factory.addAdvice((MethodInterceptor) (invocation) -> {
				this.calls.incrementAndGet();
				return invocation.proceed();
			});
			return (Clock) factory.getProxy();
		}

	}

	static class ThreadTool {

		@LlmTool(name = "thread_name", description = "Name of the thread running the tool")
		public String threadName() {
			return Thread.currentThread().getName();
		}

	}

}
