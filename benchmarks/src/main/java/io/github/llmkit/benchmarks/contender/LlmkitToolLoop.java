package io.github.llmkit.benchmarks.contender;

import java.util.List;

import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.Message;
import io.github.llmkit.tool.Tool;
import io.github.llmkit.tool.ToolRegistry;

/**
 * llmkit's own tool loop: a {@link ToolRegistry} holding the weather tool runs the conversation through an
 * OpenAI client.
 *
 * @since 0.1.0
 */
public final class LlmkitToolLoop implements ToolLoopContender {

	private final LlmkitContender contender;

	private final ToolRegistry registry = new ToolRegistry()
		.register(Tool.of(WeatherTool.NAME, WeatherTool.DESCRIPTION, WeatherTool.SCHEMA, WeatherTool::weather));

	/**
	 * Create the client pointed at the tool-loop route of the benchmark server.
	 * @param baseUrl the OpenAI base URL of the tool-loop route
	 */
	public LlmkitToolLoop(String baseUrl) {
		this.contender = new LlmkitContender(ProviderType.OPENAI, baseUrl, Contenders.OPENAI_MODEL);
	}

	@Override
	public String toolLoop() {
		return this.registry.run(this.contender.client(), List.of(Message.user(Contenders.PROMPT))).text();
	}

	@Override
	public void close() {
		this.contender.close();
	}

}
