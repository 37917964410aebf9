package io.github.llmkit.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of tool executions; declare a bean of this type to replace
 * {@link DefaultToolExecutionObservationConvention}.
 *
 * @since 0.1.0
 */
public interface ToolExecutionObservationConvention extends ObservationConvention<ToolExecutionObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ToolExecutionObservationContext;
	}

}
