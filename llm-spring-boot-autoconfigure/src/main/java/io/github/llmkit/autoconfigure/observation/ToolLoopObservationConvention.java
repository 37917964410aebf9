package io.github.llmkit.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of tool loops; declare a bean of this type to replace
 * {@link DefaultToolLoopObservationConvention}.
 *
 * @since 0.1.0
 */
public interface ToolLoopObservationConvention extends ObservationConvention<ToolLoopObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ToolLoopObservationContext;
	}

}
