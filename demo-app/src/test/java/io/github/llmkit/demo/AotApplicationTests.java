package io.github.llmkit.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.llmkit.demo.ApiClient.Event;
import io.github.llmkit.demo.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the demo from the context Spring AOT generated at build time ({@code process-aot}) and calls a chat, a
 * stream and a tool loop through its HTTP API. Runs in the build's second Surefire execution, which sets
 * {@code spring.aot.enabled=true}.
 */
@EnabledIfSystemProperty(named = "spring.aot.enabled", matches = "true")
class AotApplicationTests {

	@Test
	void buildRegisteredReflectionHintsForToolMethodsAndTheirTypes() throws IOException {
		Path metadata = Path.of("target/classes/META-INF/native-image/io.github.llmkit/demo-app/"
				+ "reachability-metadata.json");
		String hints = Files.readString(metadata);
		assertThat(hints).contains("\"currentWeather\"")
			.contains("io.github.llmkit.demo.agent.WeatherService$Weather")
			.contains("io.github.llmkit.demo.agent.OrderService");
	}

	@Test
	void demoRunsFromTheAheadOfTimeGeneratedContext() throws ClassNotFoundException {
		assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
		Class.forName(DemoApplication.class.getName() + "__ApplicationContextInitializer");
		SpringApplication application = new SpringApplication(DemoApplication.class);
		application.setMainApplicationClass(DemoApplication.class);
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--demo.simulated-delta-pause=0ms")) {
			ApiClient api = new ApiClient(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			Reply chat = api.postJson("/api/chat", Map.of("provider", "claude", "message", "Hello AOT"));
			assertThat(chat.status()).isEqualTo(200);
			assertThat(chat.json().get("text").asString()).contains("Hello AOT");
			List<Event> events = api.stream("/api/chat/stream",
					ApiClient.params("provider", "gemini", "message", "Weather in Paris?", "tools", "true"));
			assertThat(events).extracting(Event::name).contains("delta", "tool_call", "tool_result", "done");
			Reply agent = api.postJson("/api/agent", Map.of("provider", "openai", "message", "What is (12.5 + 7) * 3?"));
			assertThat(agent.status()).isEqualTo(200);
			assertThat(agent.json().get("steps").get(0).get("result").asString()).contains("58.5");
			Reply traces = api.get("/api/traces?gen_ai=true");
			assertThat(traces.body()).contains("\"name\":\"invoke_agent\"").contains("execute_tool calculator")
				.contains("chat claude-sonnet-4-6");
			assertThat(traces.json()).as("every GenAI span, the stream's included, is inside its HTTP request's trace")
				.allSatisfy((span) -> assertThat(span.get("parentId").isNull()).isFalse());
		}
	}

}
