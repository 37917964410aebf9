package io.github.llmkit.structured;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.StreamListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens to a typed stream beside the caller's listener and, when that is an {@link AnswerListener}, turns the
 * text so far into a partial object each time another member of the JSON completes. Costs nothing extra for a
 * plain listener. One instance per typed call; not thread-safe.
 */
final class PartialListener<T> implements StreamListener {

	private static final JsonMapper LENIENT = AnswerDefinition.MAPPER.rebuild()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
		.build();

	private final AnswerListener<T> partials;

	private final AnswerDefinition definition;

	private final StringBuilder text = new StringBuilder();

	private int lastLength = -1;

	@SuppressWarnings("unchecked")
	PartialListener(StreamListener delegate, AnswerDefinition definition) {
		this.partials = (delegate instanceof AnswerListener<?> listener) ? (AnswerListener<T>) listener : null;
		this.definition = definition;
	}

	AnswerListener<T> answerListener() {
		return this.partials;
	}

	/**
	 * Start over for a new round (a repair).
	 */
	void reset() {
		this.text.setLength(0);
		this.lastLength = -1;
	}

	@Override
	public void onDelta(ChatDelta delta) {
		if (this.partials != null && delta.hasText()) {
			this.text.append(delta.text());
			publish();
		}
	}

	@SuppressWarnings("unchecked")
	private void publish() {
		String closed = PartialJson.close(this.text);
		if (closed == null || closed.length() == this.lastLength) {
			return;
		}
		this.lastLength = closed.length();
		try {
			JsonNode value = this.definition.unwrap(this.definition.shape(LENIENT.readTree(closed)));
			if (value != null && !(value.isContainer() && value.isEmpty())) {
				this.partials.onPartial((T) LENIENT.treeToValue(value, this.definition.javaType()));
			}
		}
		catch (JacksonException ex) {
			// not yet bindable (a value of the wrong shape so far): the next complete member may be
		}
	}

}
