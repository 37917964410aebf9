package io.github.llmkit.autoconfigure.observation;

import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ModelKeyNames;
import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ToolKeyNames;
import io.github.llmkit.tool.ToolExecution;
import io.micrometer.common.KeyValues;

/**
 * The default {@link ToolExecutionObservationConvention}: span {@code execute_tool {name}}, with the arguments
 * and the result only when content capture is on. A tool that answered with an error result has
 * {@code error.type} {@code _OTHER}, the conventions' value for an error without a code.
 *
 * @since 0.1.0
 */
public class DefaultToolExecutionObservationConvention implements ToolExecutionObservationConvention {

	/** The observation name, also the name of the timer Micrometer derives from it. */
	public static final String NAME = "llm.tool.execution";

	/** The {@code error.type} of a tool that answered with an error result. */
	public static final String TOOL_ERROR = "_OTHER";

	private static final String OPERATION = "execute_tool";

	private final boolean includeContent;

	/**
	 * Create a convention that leaves arguments and results out.
	 */
	public DefaultToolExecutionObservationConvention() {
		this(false);
	}

	/**
	 * Create a convention.
	 * @param includeContent whether arguments and results become key values
	 */
	public DefaultToolExecutionObservationConvention(boolean includeContent) {
		this.includeContent = includeContent;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(ToolExecutionObservationContext context) {
		return GenAiKeyValues.spanName(OPERATION, context.getCall().name());
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ToolExecutionObservationContext context) {
		ToolLoopObservationContext loop = context.getLoop();
		ToolExecution execution = context.getExecution();
		boolean failed = context.getError() != null || (execution != null && execution.result().error());
		return new GenAiKeyValues().add(ModelKeyNames.OPERATION_NAME, OPERATION)
			.add(ModelKeyNames.PROVIDER_NAME,
					(loop != null && loop.getProviderType() != null) ? loop.getProviderType().telemetryName() : null)
			.add(ModelKeyNames.CLIENT_NAME, (loop != null) ? loop.getClientName() : null)
			.add(ToolKeyNames.TOOL_NAME, context.getCall().name())
			.add(ToolKeyNames.TOOL_TYPE, "function")
			.add(ModelKeyNames.ERROR_TYPE, (failed) ? TOOL_ERROR : null)
			.build();
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ToolExecutionObservationContext context) {
		GenAiKeyValues values = new GenAiKeyValues().add(ToolKeyNames.CALL_ID, context.getCall().id())
			.add(ToolKeyNames.DESCRIPTION,
					(context.getDefinition() != null) ? context.getDefinition().description() : null);
		if (this.includeContent) {
			ToolExecution execution = context.getExecution();
			values.add(ToolKeyNames.CALL_ARGUMENTS, context.getCall().arguments())
				.add(ToolKeyNames.CALL_RESULT, (execution != null) ? execution.result().content() : null);
		}
		return values.build();
	}

}
