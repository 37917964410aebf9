package io.github.llmkit.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of chat calls; declare a bean of this type to replace
 * {@link DefaultChatObservationConvention}.
 *
 * @since 0.1.0
 */
public interface ChatObservationConvention extends ObservationConvention<ChatObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ChatObservationContext;
	}

}
