package io.github.llmkit.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.llmkit.autoconfigure.dotenv.DotenvEnvironmentPostProcessor;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Apache HttpClient's {@code org.apache.hc.client5.http.headers} and {@code .wire} loggers at
 * {@code INFO}: at {@code DEBUG} they print every request header, API keys included, in clear. The levels go in
 * a property source of lowest precedence, and only for a logger the application configures neither itself nor
 * through an ancestor other than root ({@code logging.level.org.apache.hc=DEBUG} still shows the wire).
 *
 * @since 0.1.0
 */
public class HttpClientLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Name of the property source holding the default levels. */
	public static final String PROPERTY_SOURCE_NAME = "llmHttpClientLogging";

	/** Runs after {@code .env} is loaded, so that levels set there count as the application's. */
	public static final int ORDER = DotenvEnvironmentPostProcessor.ORDER + 1;

	private static final List<String> LOGGERS = List.of("org.apache.hc.client5.http.headers",
			"org.apache.hc.client5.http.wire");

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		Set<String> configured = Binder.get(environment)
			.bind("logging.level", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of())
			.keySet()
			.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Map<String, Object> levels = new LinkedHashMap<>();
		for (String logger : LOGGERS) {
			if (!configuredWithAncestors(logger, configured)) {
				levels.put("logging.level." + logger, "INFO");
			}
		}
		if (!levels.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, levels));
		}
	}

	private static boolean configuredWithAncestors(String logger, Set<String> configured) {
		String name = logger;
		while (true) {
			if (configured.contains(name)) {
				return true;
			}
			int dot = name.lastIndexOf('.');
			if (dot < 0) {
				return false;
			}
			name = name.substring(0, dot);
		}
	}

}
