package io.github.llmkit.autoconfigure.observation;

import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ChatKeyNames;
import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.EmbeddingKeyNames;
import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ModelKeyNames;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.micrometer.common.KeyValues;

/**
 * The default {@link EmbeddingObservationConvention}: span {@code embeddings {model}} with the dimension
 * count and input tokens.
 *
 * @since 0.1.0
 */
public class DefaultEmbeddingObservationConvention implements EmbeddingObservationConvention {

	private static final String OPERATION = "embeddings";

	@Override
	public String getName() {
		return DefaultChatObservationConvention.NAME;
	}

	@Override
	public String getContextualName(EmbeddingObservationContext context) {
		return GenAiKeyValues.spanName(OPERATION, context.getModel());
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(EmbeddingObservationContext context) {
		EmbeddingResponse response = context.getResponse();
		return new GenAiKeyValues().model(context, OPERATION, context.getModel())
			.add(ModelKeyNames.RESPONSE_MODEL, (response != null) ? response.model() : null)
			.build();
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(EmbeddingObservationContext context) {
		EmbeddingResponse response = context.getResponse();
		if (response == null) {
			return KeyValues.empty();
		}
		return new GenAiKeyValues().add(ChatKeyNames.USAGE_INPUT_TOKENS, response.usage().inputTokens())
			.add(EmbeddingKeyNames.DIMENSION_COUNT,
					(response.vectors().isEmpty()) ? null : response.vectors().get(0).length)
			.build();
	}

}
