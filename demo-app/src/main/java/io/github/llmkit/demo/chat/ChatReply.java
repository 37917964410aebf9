package io.github.llmkit.demo.chat;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatResponse;

/**
 * The answer to a chat request, normalised across providers.
 *
 * @param provider the client name
 * @param type the provider type id
 * @param model the model that answered
 * @param text the answer text
 * @param reasoning the reasoning text, or null when the model returned none
 * @param toolCalls the tool calls the model asked for
 * @param finishReason the normalised finish reason
 * @param rawFinishReason the provider's own finish reason
 * @param usage the tokens spent
 * @param answeredBy the client that produced the answer: for a route, the member that answered
 * @since 0.1.0
 */
public record ChatReply(String provider, String type, String model, String text, String reasoning,
		List<ToolCallView> toolCalls, String finishReason, String rawFinishReason, UsageView usage, String answeredBy) {

	/**
	 * Create the reply, copying the tool calls.
	 */
	public ChatReply {
		toolCalls = List.copyOf(toolCalls);
	}

	/**
	 * Create the reply for a client's response.
	 * @param client the client that answered
	 * @param response its response
	 * @return the reply
	 */
	public static ChatReply of(LlmClient client, ChatResponse response) {
		String reasoning = (response.reasoning() == null || response.reasoning().isEmpty()) ? null
				: response.reasoning();
		return new ChatReply(client.name(), client.type().id(), response.model(), response.text(), reasoning,
				response.toolCalls().stream().map(ToolCallView::of).toList(), response.finishReason().name(),
				response.rawFinishReason(), UsageView.of(response.usage()), response.answeredBy());
	}

}
