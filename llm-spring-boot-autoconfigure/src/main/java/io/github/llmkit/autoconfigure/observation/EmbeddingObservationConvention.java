package io.github.llmkit.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of embeddings calls; declare a bean of this type to replace
 * {@link DefaultEmbeddingObservationConvention}.
 *
 * @since 0.1.0
 */
public interface EmbeddingObservationConvention extends ObservationConvention<EmbeddingObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof EmbeddingObservationContext;
	}

}
