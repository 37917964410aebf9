package io.github.llmkit.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that Apache HttpClient's header and wire loggers stay at INFO in a Boot app, unless the application
 * configures them or an ancestor itself.
 */
class HttpClientLoggingEnvironmentPostProcessorTests {

	private static final String HEADERS = "org.apache.hc.client5.http.headers";

	private static final String WIRE = "org.apache.hc.client5.http.wire";

	@Test
	void postProcessKeepsHeaderAndWireLoggersAtInfoAtLowestPrecedence() {
		StandardEnvironment environment = environment(Map.of("logging.level.root", "DEBUG"));
		new HttpClientLoggingEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.level." + HEADERS)).isEqualTo("INFO");
		assertThat(environment.getProperty("logging.level." + WIRE)).isEqualTo("INFO");
		assertThat(environment.getPropertySources().stream().map(PropertySource::getName).toList())
			.last()
			.isEqualTo(HttpClientLoggingEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
	}

	@Test
	void postProcessLeavesALoggerTheApplicationConfigures() {
		StandardEnvironment environment = environment(Map.of("logging.level.org.apache.hc.client5.http.wire", "DEBUG"));
		new HttpClientLoggingEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.level." + WIRE)).isEqualTo("DEBUG");
		assertThat(environment.getProperty("logging.level." + HEADERS)).isEqualTo("INFO");
	}

	@Test
	void postProcessLeavesLoggersWhoseAncestorTheApplicationConfigures() {
		StandardEnvironment environment = environment(Map.of("logging.level.org.apache.hc", "DEBUG"));
		new HttpClientLoggingEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.level." + WIRE)).isNull();
		assertThat(environment.getProperty("logging.level." + HEADERS)).isNull();
	}

	@Test
	void bootAppWithRootAtDebugKeepsHeaderLoggerAtInfoAndExplicitLevelWins() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.properties("logging.level.root=WARN", "logging.level.org.apache=DEBUG",
					"logging.level.org.apache.hc.client5.http.wire=TRACE")
			.run()) {
			assertThat(logging.getLoggerConfiguration(WIRE).getEffectiveLevel()).isEqualTo(LogLevel.TRACE);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.properties("logging.level.root=DEBUG")
			.run()) {
			assertThat(logging.getLoggerConfiguration(HEADERS).getEffectiveLevel()).isEqualTo(LogLevel.INFO);
			assertThat(logging.getLoggerConfiguration(WIRE).getEffectiveLevel()).isEqualTo(LogLevel.INFO);
		}
		finally {
			logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
			logging.setLogLevel(HEADERS, null);
			logging.setLogLevel(WIRE, null);
		}
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
		return environment;
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
