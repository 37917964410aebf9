package io.github.llmkit.demo.agent;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.demo.chat.ChatRequest;
import io.github.llmkit.demo.provider.ProviderCatalog;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs the tool loop: the model may call every {@code @LlmTool} method of the application's beans (weather,
 * calculator, orders) until it can answer.
 *
 * @since 0.1.0
 */
@RestController
public class AgentController {

	private final ProviderCatalog catalog;

	private final ToolRegistry tools;

	/**
	 * Create the controller.
	 * @param catalog the configured clients
	 * @param tools the registry holding every {@code @LlmTool} method
	 */
	public AgentController(ProviderCatalog catalog, ToolRegistry tools) {
		this.catalog = catalog;
		this.tools = tools;
	}

	/**
	 * Answer a message with the tools on offer, and report every tool call and its result.
	 * @param request the provider, message, optional system prompt and model
	 * @return the final answer and the tool steps
	 */
	@PostMapping("/api/agent")
	public AgentReply agent(@RequestBody ChatRequest request) {
		List<Message> messages = request.messages();
		ChatOptions options = request.options();
		LlmClient client = this.catalog.client(request.provider());
		ToolLoopResult result = this.tools.run(client, messages, this.tools.definitions(), options);
		return AgentReply.of(client, result);
	}

}
