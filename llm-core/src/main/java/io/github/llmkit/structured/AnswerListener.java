package io.github.llmkit.structured;

import java.util.List;

import io.github.llmkit.chat.StreamListener;

/**
 * A {@link StreamListener} for typed streams that also receives the answer as a partial object while it is
 * written: after each delta that completes a field, an instance holding the fields complete so far (the others
 * null, empty or zero), never validated. All methods run on the thread that called the stream method.
 *
 * @param <T> the answer type
 * @since 0.1.0
 */
@FunctionalInterface
public interface AnswerListener<T> extends StreamListener {

	/**
	 * Called when more fields of the answer are complete.
	 * @param partial the answer so far; not validated
	 */
	default void onPartial(T partial) {
	}

	/**
	 * Called before a repair round streams a new answer: partial objects start over.
	 * @param errors what was wrong with the previous answer
	 */
	default void onRepair(List<String> errors) {
	}

}
