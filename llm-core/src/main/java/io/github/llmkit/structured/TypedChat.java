package io.github.llmkit.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;

/**
 * The typed-answer round trip, written once for blocking, streamed and tool-loop calls: check that the model
 * answered at all (not refused, cut short or filtered), read and validate the answer, and on a mismatch send it
 * back with the errors for another try, at most {@code repairs} times.
 */
final class TypedChat {

	private TypedChat() {
	}

	static Object settle(String client, AnswerDefinition definition, int repairs, List<Message> conversation,
			ChatResponse first, ChatOptions options, BiFunction<List<Message>, ChatOptions, ChatResponse> call,
			Consumer<List<String>> onRepair) {
		List<Message> transcript = new ArrayList<>(conversation);
		ChatResponse response = first;
		for (int round = 0;; round++) {
			checkAnswered(client, definition, response);
			AnswerDefinition.Outcome outcome = AnswerReader.read(definition, response.text());
			if (outcome.valid()) {
				return outcome.value();
			}
			if (round >= repairs) {
				throw new TypedAnswerException(client, TypedAnswerException.Reason.INVALID,
						prefix(client) + "the answer does not match " + definition.type().getTypeName()
								+ ((round > 0) ? " after " + round + " repair round" + ((round > 1) ? "s" : "") : "")
								+ ": " + String.join("; ", outcome.errors()),
						response.text(), outcome.errors(), response);
			}
			transcript.add(Message.assistant((response.text().isBlank()) ? "(no answer)" : response.text()));
			transcript.add(Message.user(repairPrompt(outcome.errors())));
			onRepair.accept(outcome.errors());
			response = call.apply(List.copyOf(transcript), options);
		}
	}

	static String repairPrompt(List<String> errors) {
		return "Your answer does not match the required JSON Schema:\n- " + String.join("\n- ", errors)
				+ "\nReply again with only the corrected JSON object, complete, and nothing else.";
	}

	private static void checkAnswered(String client, AnswerDefinition definition, ChatResponse response) {
		FinishReason finish = response.finishReason();
		TypedAnswerException.Reason reason = switch (finish) {
			case REFUSAL -> TypedAnswerException.Reason.REFUSED;
			case LENGTH -> TypedAnswerException.Reason.TRUNCATED;
			case CONTENT_FILTER -> TypedAnswerException.Reason.CONTENT_FILTERED;
			default -> null;
		};
		if (reason == null) {
			return;
		}
		String type = definition.type().getTypeName();
		String message = switch (reason) {
			case REFUSED -> "the model refused to answer as " + type + ": " + response.text();
			case TRUNCATED -> "the answer as " + type + " was cut off at the output token limit (finish reason '"
					+ response.rawFinishReason() + "'); raise maxTokens";
			default -> "a content filter blocked or cut the answer as " + type + " (finish reason '"
					+ response.rawFinishReason() + "')";
		};
		throw new TypedAnswerException(client, reason, prefix(client) + message, response.text(), List.of(),
				response);
	}

	private static String prefix(String client) {
		return (client != null) ? client + ": " : "";
	}

}
