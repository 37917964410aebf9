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
import io.github.llmkit.autoconfigure.LlmProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
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

	@Test
	void postProcessIgnoresAUtf8ByteOrderMark() throws IOException {
		Path file = Files.write(this.directory.resolve(".env"), bytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"OPENAI_API_KEY=from-dotenv\nOTHER=1\n"));
		StandardEnvironment environment = new StandardEnvironment();
		new DotenvEnvironmentPostProcessor(logger, file).postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("OPENAI_API_KEY")).isEqualTo("from-dotenv");
		assertThat(environment.getProperty("OTHER")).isEqualTo("1");
	}

	@Test
	void postProcessReadsALatin1LineAsIso88591AndKeepsTheOtherLines(CapturedOutput output) throws IOException {
		Path file = Files.write(this.directory.resolve(".env"), bytes(new byte[0], "FIRST=1\r\nCITY=Z\u00fcrich\nLAST=3"));
		StandardEnvironment environment = new StandardEnvironment();
		new DotenvEnvironmentPostProcessor(logger, file).postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("FIRST")).isEqualTo("1");
		assertThat(environment.getProperty("CITY")).isEqualTo("Z\u00fcrich");
		assertThat(environment.getProperty("LAST")).isEqualTo("3");
		assertThat(output).contains("line 2 is not valid UTF-8").doesNotContain("rich");
	}

	@Test
	void environmentVariableKeysDefineANewProviderEntry() throws IOException {
		Path file = write("LLM_PROVIDERS_EXTRA_TYPE=groq", "LLM_PROVIDERS_EXTRA_API_KEY=extra-key",
				"LLM_PROVIDERS_EXTRA_CUSTOM_HEADERS_XTRACE=on");
		StandardEnvironment environment = new StandardEnvironment();
		new DotenvEnvironmentPostProcessor(logger, file).postProcessEnvironment(environment, new SpringApplication());
		LlmProperties properties = Binder.get(environment).bindOrCreate("llm", LlmProperties.class);
		assertThat(properties.getProviders()).containsKey("extra");
		assertThat(properties.getProviders().get("extra").getType()).isEqualTo("groq");
		assertThat(properties.getProviders().get("extra").getApiKey()).isEqualTo("extra-key");
	}

	private static byte[] bytes(byte[] prefix, String text) {
		byte[] body = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		byte[] all = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, all, 0, prefix.length);
		System.arraycopy(body, 0, all, prefix.length, body.length);
		return all;
	}

	private Path write(String... lines) throws IOException {
		return Files.write(this.directory.resolve(".env"), List.of(lines));
	}

}
