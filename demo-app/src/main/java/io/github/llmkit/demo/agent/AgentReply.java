package io.github.llmkit.demo.agent;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.demo.chat.UsageView;
import io.github.llmkit.tool.ToolLoopResult;

/**
 * The outcome of a tool loop: the final answer and every tool call with its result.
 *
 * @param provider the client name
 * @param type the provider type id
 * @param model the model that gave the final answer
 * @param text the final answer
 * @param finishReason the normalised finish reason of the final answer
 * @param usage the tokens of the final model call
 * @param rounds the number of rounds in which tools ran
 * @param steps every tool call with its result, in order
 * @since 0.1.0
 */
public record AgentReply(String provider, String type, String model, String text, String finishReason,
		UsageView usage, int rounds, List<ToolStep> steps) {

	/**
	 * Create the reply, copying the steps.
	 */
	public AgentReply {
		steps = List.copyOf(steps);
	}

	/**
	 * Create the reply for a finished tool loop.
	 * @param client the client that ran the loop
	 * @param result the loop's outcome
	 * @return the reply
	 */
	public static AgentReply of(LlmClient client, ToolLoopResult result) {
		return new AgentReply(client.name(), client.type().id(), result.response().model(), result.text(),
				result.response().finishReason().name(), UsageView.of(result.response().usage()), result.rounds(),
				result.executions().stream().map(ToolStep::of).toList());
	}

}
