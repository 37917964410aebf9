package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A reply ready to render: scripted or default content, tool calls with their wire ids, and token counts.
 *
 * @param text the answer text, or null
 * @param toolCalls the tool calls, each with an id
 * @param reasoning the reasoning text, or null
 * @param finishReason the scripted raw finish reason, or null for the family's natural one
 * @param blockReason the block reason of a blocked prompt, or null
 * @param refusal the model's explanation when it refuses to answer, or null
 * @param inputTokens the input tokens to report
 * @param outputTokens the output tokens to report
 * @param reasoningTokens the reasoning tokens to report
 */
record Answer(String text, List<MockToolCall> toolCalls, String reasoning, String finishReason, String blockReason,
		String refusal, int inputTokens, int outputTokens, int reasoningTokens) {

	Answer {
		toolCalls = List.copyOf(toolCalls);
	}

	/**
	 * Prepare a reply for rendering, filling in missing tool-call ids and token counts.
	 * @param reply the scripted or default reply (an answer or a blocked prompt)
	 * @param conversation the request's conversation, for the prompt estimate
	 * @param callIds the provider's tool-call id generator
	 */
	static Answer of(MockReply reply, Conversation conversation, Supplier<String> callIds) {
		List<MockToolCall> calls = new ArrayList<>();
		StringBuilder generated = new StringBuilder((reply.text() != null) ? reply.text() : "");
		for (MockToolCall call : reply.toolCalls()) {
			calls.add((call.id() != null) ? call : call.withId(callIds.get()));
			generated.append(call.name()).append(call.arguments());
		}
		boolean blocked = reply.kind() == MockReply.Kind.BLOCKED;
		boolean refused = reply.kind() == MockReply.Kind.REFUSAL;
		int reasoningTokens = Texts.tokens(reply.reasoning());
		int input = (reply.inputTokens() != null) ? reply.inputTokens() : conversation.promptTokens();
		int output = (reply.outputTokens() != null) ? reply.outputTokens()
				: Math.max(1, Texts.tokens(generated.toString()) + reasoningTokens);
		return new Answer((blocked || refused) ? null : reply.text(), calls, reply.reasoning(), reply.finishReason(),
				(blocked) ? reply.text() : null, (refused) ? reply.text() : null, input, output,
				Math.min(reasoningTokens, output));
	}

	boolean hasToolCalls() {
		return !this.toolCalls.isEmpty();
	}

	boolean isBlocked() {
		return this.blockReason != null;
	}

}
