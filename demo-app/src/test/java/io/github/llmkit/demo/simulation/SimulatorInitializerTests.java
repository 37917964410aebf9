package io.github.llmkit.demo.simulation;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Map;

import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How {@link SimulatorInitializer} splits the configured providers into live and simulated ones.
 */
class SimulatorInitializerTests {

	private final GenericApplicationContext context = new GenericApplicationContext();

	@AfterEach
	void stopSimulator() {
		if (this.context.getBeanFactory().containsSingleton("mockLlmServer")) {
			this.context.getBeanFactory().getBean(MockLlmServer.class).close();
		}
	}

	@Test
	void withoutLiveProfileEveryEntryIsSimulatedEvenWithAKey() {
		initialize(Map.of("llm.providers.openai.api-key", "sk-real-key", "llm.providers.fast.type", "groq"));
		ProviderModes modes = modes();
		assertThat(modes.live()).isEmpty();
		assertThat(modes.simulated()).containsExactly("fast", "openai");
		MockLlmServer server = this.context.getBeanFactory().getBean(MockLlmServer.class);
		ConfigurableEnvironment environment = this.context.getEnvironment();
		assertThat(environment.getProperty("llm.providers.openai.api-key")).isEqualTo(MockLlmServer.API_KEY);
		assertThat(environment.getProperty("llm.providers.openai.base-url")).isEqualTo(server.baseUrl("openai"));
		assertThat(environment.getProperty("llm.providers.fast.base-url")).isEqualTo(server.baseUrl("groq"));
	}

	@Test
	void withLiveProfileEntriesWithKeysGoLiveAndTheOthersStaySimulated() {
		this.context.getEnvironment().setActiveProfiles(SimulatorInitializer.LIVE_PROFILE);
		initialize(Map.of("llm.providers.openai.api-key", "sk-real-key", "llm.providers.claude.api-key", "",
				"llm.providers.ollama.base-url", "http://localhost:11434/v1", "llm.providers.gemini.model", "x"));
		ProviderModes modes = modes();
		assertThat(modes.live()).containsExactly("ollama", "openai");
		assertThat(modes.simulated()).containsExactly("claude", "gemini");
		ConfigurableEnvironment environment = this.context.getEnvironment();
		assertThat(environment.getProperty("llm.providers.openai.api-key")).isEqualTo("sk-real-key");
		assertThat(environment.getProperty("llm.providers.openai.base-url")).isNull();
		assertThat(environment.getProperty("llm.providers.claude.api-key")).isEqualTo(MockLlmServer.API_KEY);
	}

	@Test
	void withEveryEntryLiveNoSimulatorIsStarted() {
		this.context.getEnvironment().setActiveProfiles(SimulatorInitializer.LIVE_PROFILE);
		initialize(Map.of("llm.providers.openai.api-key", "sk-real-key"));
		assertThat(modes().live()).containsExactly("openai");
		assertThat(modes().simulatorUrl()).isNull();
		assertThat(this.context.getBeanFactory().containsSingleton("mockLlmServer")).isFalse();
	}

	@Test
	void entryWithUnknownTypeIsLeftToTheAutoConfigurationToReject() {
		initialize(Map.of("llm.providers.odd.type", "nope", "llm.providers.openai.model", "gpt-4o"));
		assertThat(modes().names()).containsExactly("openai");
		assertThat(this.context.getEnvironment().getProperty("llm.providers.odd.base-url")).isNull();
	}

	@Test
	void contextThatFailsToStartStopsTheSimulator() {
		initialize(Map.of("llm.providers.openai.model", "gpt-4o"));
		MockLlmServer server = this.context.getBeanFactory().getBean(MockLlmServer.class);
		this.context.registerBean("broken", String.class, () -> {
			throw new IllegalStateException("broken on purpose");
		});
		assertThatExceptionOfType(BeanCreationException.class).isThrownBy(this.context::refresh);
		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), server.port()).close());
	}

	private void initialize(Map<String, Object> properties) {
		this.context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
		new SimulatorInitializer().initialize(this.context);
	}

	private ProviderModes modes() {
		return this.context.getBeanFactory().getBean(ProviderModes.class);
	}

}
