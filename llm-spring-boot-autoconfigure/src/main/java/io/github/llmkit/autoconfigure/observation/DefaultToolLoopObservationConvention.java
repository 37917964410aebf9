package io.github.llmkit.autoconfigure.observation;

import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ToolKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default {@link ToolLoopObservationConvention}: span {@code invoke_agent}, the parent of the loop's
 * {@code chat} and {@code execute_tool} spans.
 *
 * @since 0.1.0
 */
public class DefaultToolLoopObservationConvention implements ToolLoopObservationConvention {

	/** The observation name, also the name of the timer Micrometer derives from it. */
	public static final String NAME = "llm.tool.loop";

	private static final String OPERATION = "invoke_agent";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(ToolLoopObservationContext context) {
		return OPERATION;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ToolLoopObservationContext context) {
		return new GenAiKeyValues().model(context, OPERATION, context.getModel()).build();
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ToolLoopObservationContext context) {
		return new GenAiKeyValues()
			.add(ToolKeyNames.ROUNDS, (context.getResult() != null) ? context.getResult().rounds() : null)
			.build();
	}

}
