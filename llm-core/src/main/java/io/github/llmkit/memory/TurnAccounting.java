package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.chat.Usage;

/**
 * Gives each message of a finished turn its token count from the usage of the calls that carried it: an
 * assistant message counts the output tokens of the response it came from; the messages a call sent for the
 * first time share what its input tokens leave after the messages already counted, in proportion to their
 * size (equal messages count the same). A message whose call reported no usage stays uncounted (null), to be estimated when windowing.
 */
final class TurnAccounting {

	private TurnAccounting() {
	}

	/**
	 * Return the turn's new messages, counted.
	 * @param window the stored messages sent before the turn's own
	 * @param turn the messages the turn adds, in order
	 * @param calls the calls of the turn, in order
	 */
	static List<StoredMessage> count(List<StoredMessage> window, List<Message> turn, List<RecordingClient.Call> calls) {
		Map<Message, Integer> counted = new HashMap<>();
		for (StoredMessage stored : window) {
			counted.put(stored.message(), stored.tokens());
		}
		Map<Message, Integer> known = new HashMap<>();
		for (RecordingClient.Call call : calls) {
			countInput(call, counted, known);
			Usage usage = call.response().usage();
			Message answer = answerOf(turn, call);
			if (answer != null) {
				known.put(answer, usage.outputTokens());
				counted.put(answer, usage.outputTokens());
			}
		}
		List<StoredMessage> result = new ArrayList<>(turn.size());
		for (Message message : turn) {
			result.add(new StoredMessage(message, known.get(message)));
		}
		return result;
	}

	private static void countInput(RecordingClient.Call call, Map<Message, Integer> counted,
			Map<Message, Integer> known) {
		Integer input = call.response().usage().inputTokens();
		List<Message> fresh = new ArrayList<>();
		int rest = (input != null) ? input : 0;
		for (Message message : call.sent()) {
			if (counted.containsKey(message)) {
				Integer tokens = counted.get(message);
				rest -= (tokens != null) ? tokens : TokenEstimate.of(message);
			}
			else {
				fresh.add(message);
			}
		}
		int characters = 0;
		for (Message message : fresh) {
			characters += TokenEstimate.characters(message) + 1;
		}
		rest = Math.max(rest, fresh.size());
		for (Message message : fresh) {
			Integer tokens = null;
			if (input != null) {
				tokens = Math.max(1, (int) ((long) rest * (TokenEstimate.characters(message) + 1) / characters));
			}
			counted.put(message, tokens);
			known.put(message, tokens);
		}
	}

	/**
	 * Return the assistant message of the turn that holds the call's response: the first assistant message
	 * after the last message the call sent, or null when the turn keeps none (an empty final answer).
	 */
	private static Message answerOf(List<Message> turn, RecordingClient.Call call) {
		int index = turn.lastIndexOf(call.sent().get(call.sent().size() - 1));
		if (index < 0 || index + 1 >= turn.size() || turn.get(index + 1).role() != Role.ASSISTANT) {
			return null;
		}
		return turn.get(index + 1);
	}

}
