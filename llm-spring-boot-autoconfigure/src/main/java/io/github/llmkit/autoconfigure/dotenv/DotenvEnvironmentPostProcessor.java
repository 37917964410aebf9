package io.github.llmkit.autoconfigure.dotenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Loads a {@code .env} file from the working directory, when there is one, as the property source of lowest
 * precedence: real environment variables and application properties win, and {@code ${OPENAI_API_KEY}}
 * placeholders resolve from it. Keys bind like environment variables ({@code LLM_PROVIDERS_FAST_API_KEY}).
 * {@code llm.dotenv.enabled=false} turns it off. The file is UTF-8 (a byte order mark is ignored); a line that is
 * not valid UTF-8 is read as ISO-8859-1 with a warning naming it. Malformed lines are skipped with a warning naming
 * the line, never its value.
 *
 * @since 0.1.0
 */
public class DotenvEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Name of the property source holding the values of {@code .env}; its {@code -systemEnvironment} suffix
	 * makes Spring bind its keys as environment variables, so that {@code LLM_PROVIDERS_EXTRA_TYPE} can define
	 * a new entry.
	 */
	public static final String PROPERTY_SOURCE_NAME = "llmDotenv-systemEnvironment";

	/** Runs right after application properties are loaded, so that they can turn it off. */
	public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 1;

	private final Log logger;

	private final Path file;

	/**
	 * Create a post-processor for {@code .env} in the working directory.
	 * @param logFactory the factory of start-up loggers
	 */
	public DotenvEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this(logFactory.getLog(DotenvEnvironmentPostProcessor.class), Path.of(".env"));
	}

	DotenvEnvironmentPostProcessor(Log logger, Path file) {
		this.logger = logger;
		this.file = file;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("llm.dotenv.enabled", Boolean.class, true) || !Files.isRegularFile(this.file)
				|| environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		List<String> lines;
		try {
			lines = DotenvLines.read(this.file, (problem) -> this.logger.warn(this.file.toAbsolutePath() + ": " + problem));
		}
		catch (IOException ex) {
			this.logger.warn("Could not read " + this.file.toAbsolutePath() + ": " + ex.getClass().getSimpleName());
			return;
		}
		DotenvParser.Result result = DotenvParser.parse(lines);
		for (String problem : result.problems()) {
			this.logger.warn(this.file.toAbsolutePath() + ": skipped " + problem);
		}
		Map<String, Object> values = new LinkedHashMap<>(result.values());
		environment.getPropertySources().addLast(new SystemEnvironmentPropertySource(PROPERTY_SOURCE_NAME, values));
		DefaultPropertiesPropertySource.moveToEnd(environment);
		this.logger.debug("Loaded " + values.size() + " values from " + this.file.toAbsolutePath());
	}

}
