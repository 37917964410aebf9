package io.github.llmkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up and shut-down of a non-web Spring Boot context, repeated in one JVM: with llmkit's
 * auto-configuration and nine configured clients (one per provider type) against the same application
 * without llmkit's auto-configuration.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g", "-Djmh.shutdownTimeout=1" })
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

	private static final List<String> PROVIDERS = List.of("openai", "claude", "gemini", "grok", "groq", "openrouter",
			"ollama", "deepseek", "mistral");

	private static final String LLM_AUTO_CONFIGURATIONS = "io.github.llmkit.autoconfigure.LlmAutoConfiguration,"
			+ "io.github.llmkit.autoconfigure.metrics.LlmMetricsAutoConfiguration,"
			+ "io.github.llmkit.autoconfigure.health.LlmHealthAutoConfiguration";

	/** {@code bare}: no llmkit auto-configuration; {@code llmkit}: nine configured clients. */
	@Param({ "bare", "llmkit" })
	public String app;

	/**
	 * Start the context and close it again.
	 * @return the context's bean count
	 */
	@Benchmark
	public int start() {
		SpringApplication application = new SpringApplication(App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run(arguments(this.app))) {
			return context.getBeanDefinitionCount();
		}
	}

	static String[] arguments(String app) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--spring.main.banner-mode=off");
		arguments.add("--spring.main.log-startup-info=false");
		if ("bare".equals(app)) {
			arguments.add("--spring.autoconfigure.exclude=" + LLM_AUTO_CONFIGURATIONS);
		}
		else {
			for (String provider : PROVIDERS) {
				arguments.add("--llm.providers." + provider + ".api-key=bench-key");
				arguments.add("--llm.providers." + provider + ".base-url=http://127.0.0.1:9/" + provider);
			}
		}
		return arguments.toArray(new String[0]);
	}

	/**
	 * The application: auto-configuration only, no beans of its own.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	public static class App {

	}

}
