package io.github.llmkit.autoconfigure.dotenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DotenvEnvironmentPostProcessor}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DotenvEnvironmentPostProcessorTests {

	private static final Log logger = LogFactory.getLog(DotenvEnvironmentPostProcessorTests.class);

	@TempDir
	Path directory;

	@Test
	void postProcessLoadsDotenvAtLowestPrecedence() throws IOException {
		Path file = write("OPENAI_API_KEY=from-dotenv", "SHARED=from-dotenv", "LLM_PROVIDERS_FAST_MODEL=small");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of("SHARED", "from-app")));
		environment.getPropertySources().addLast(new DefaultPropertiesPropertySource(Map.of("DEFAULT_ONLY", "x")));
		new DotenvEnvironmentPostProcessor(logger, file).postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("OPENAI_API_KEY")).isEqualTo("from-dotenv");
		assertThat(environment.getProperty("SHARED")).isEqualTo("from-app");
		assertThat(environment.getProperty("llm.providers.fast.model")).isEqualTo("small");
		assertThat(environment.getPropertySources().stream().map(PropertySource::getName).toList())
			.endsWith(DotenvEnvironmentPostProcessor.PROPERTY_SOURCE_NAME, DefaultPropertiesPropertySource.NAME);
	}

	@Test
	void postProcessWhenDisabledLoadsNothing() throws IOException {
		Path file = write("OPENAI_API_KEY=from-dotenv");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application", Map.of("llm.dotenv.enabled", "false")));
		new DotenvEnvironmentPostProcessor(logger, file).postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains(DotenvEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
			.isFalse();
	}

	@Test
	void postProcessWhenFileMissingLoadsNothing() {
		StandardEnvironment environment = new StandardEnvironment();
		new DotenvEnvironmentPostProcessor(logger, this.directory.resolve(".env"))
			.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains(DotenvEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
			.isFalse();
	}

	@Test
	void postProcessWarnsAboutMalformedLineWithoutItsValue(CapturedOutput output) throws IOException {
		Path file = write("GOOD=1", "sk-live-secret-9999");
		StandardEnvironment environment = new StandardEnvironment();
		new DotenvEnvironmentPostProcessor(logger, file).postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("GOOD")).isEqualTo("1");
		assertThat(output).contains("line 2").doesNotContain("sk-live-secret-9999");
	}

	@Test
	void postProcessorIsRegisteredInSpringFactories() {
		DeferredLogFactory logFactory = Supplier::get;
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(EnvironmentPostProcessor.class, ArgumentResolver.of(DeferredLogFactory.class, logFactory)))
			.hasAtLeastOneElementOfType(DotenvEnvironmentPostProcessor.class);
	}

	private Path write(String... lines) throws IOException {
		return Files.write(this.directory.resolve(".env"), List.of(lines));
	}

}
