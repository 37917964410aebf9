package io.github.llmkit.demo.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import io.github.llmkit.ProviderType;
import io.github.llmkit.test.MockLlmServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Runs before any bean is created: decides for every {@code llm.providers.<name>} entry whether it is live
 * (the {@code live} profile is active and the entry has its API key) or simulated, starts a
 * {@link MockLlmServer} for the simulated ones and overrides their {@code base-url} and {@code api-key}. The
 * server and a {@link ProviderModes} are registered as beans; the server stops with the context.
 *
 * @since 0.1.0
 */
public final class SimulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The profile that lets entries with API keys call the real providers. */
	public static final String LIVE_PROFILE = "live";

	private static final String PROPERTY_SOURCE_NAME = "llmkitDemoSimulator";

	private static final String SERVER_BEAN_NAME = "mockLlmServer";

	private static final Bindable<Map<String, Map<String, String>>> ENTRIES = Bindable
		.of(ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
				ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));

	private static final Log logger = LogFactory.getLog(SimulatorInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Map<String, String>> entries = Binder.get(environment)
			.bind("llm.providers", ENTRIES)
			.orElse(Map.of());
		boolean liveProfile = environment.acceptsProfiles(Profiles.of(LIVE_PROFILE));
		TreeSet<String> live = new TreeSet<>();
		Map<String, String> simulatedTypes = new LinkedHashMap<>();
		entries.forEach((name, properties) -> {
			ProviderEntry entry = ProviderEntry.from(properties);
			String typeId = entry.typeId(name);
			if (ProviderType.isId(typeId)) {
				if (liveProfile && entry.canGoLive(ProviderType.fromId(typeId))) {
					live.add(name);
				}
				else {
					simulatedTypes.put(name, typeId);
				}
			}
		});
		String simulatorUrl = null;
		if (!simulatedTypes.isEmpty()) {
			MockLlmServer server = startSimulator(context);
			environment.getPropertySources()
				.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, overrides(server, simulatedTypes)));
			simulatorUrl = "http://127.0.0.1:" + server.port();
		}
		ProviderModes modes = new ProviderModes(live, new TreeSet<>(simulatedTypes.keySet()), simulatorUrl);
		context.getBeanFactory().registerSingleton("providerModes", modes);
		logger.info(describe(modes, liveProfile));
	}

	private static MockLlmServer startSimulator(ConfigurableApplicationContext context) {
		MockLlmServer server = MockLlmServer.start();
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(SERVER_BEAN_NAME, server);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			// Destroyed with the singletons, also when the context fails to start.
			registry.registerDisposableBean(SERVER_BEAN_NAME, server::close);
		}
		return server;
	}

	private static Map<String, Object> overrides(MockLlmServer server, Map<String, String> simulatedTypes) {
		Map<String, Object> overrides = new LinkedHashMap<>();
		simulatedTypes.forEach((name, typeId) -> {
			overrides.put("llm.providers." + name + ".base-url", server.baseUrl(typeId));
			overrides.put("llm.providers." + name + ".api-key", MockLlmServer.API_KEY);
		});
		return overrides;
	}

	private static String describe(ProviderModes modes, boolean liveProfile) {
		StringBuilder text = new StringBuilder("llmkit demo providers: ");
		text.append("LIVE (real APIs, real tokens): ").append((modes.live().isEmpty()) ? "none" : modes.live());
		text.append("; SIMULATED");
		if (modes.simulatorUrl() != null) {
			text.append(" (MockLlmServer at ").append(modes.simulatorUrl()).append(')');
		}
		text.append(": ").append((modes.simulated().isEmpty()) ? "none" : modes.simulated());
		if (!liveProfile) {
			text.append(". To call real providers, set their API keys and activate the 'live' profile")
				.append(" (-Dspring-boot.run.profiles=live, or --spring.profiles.active=live)");
		}
		else if (!modes.simulated().isEmpty()) {
			text.append(". Simulated entries have no API key in the environment or .env");
		}
		return text.toString();
	}

}
