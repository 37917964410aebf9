package io.github.llmkit.autoconfigure.metrics;

import java.util.function.Supplier;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.metrics.LlmClientMetrics.Call;
import io.github.llmkit.autoconfigure.observation.DefaultToolExecutionObservationConvention;
import io.github.llmkit.autoconfigure.observation.ToolExecutionObservationContext;
import io.github.llmkit.autoconfigure.observation.ToolLoopObservationContext;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;
import io.github.llmkit.tool.ToolExecution;
import io.github.llmkit.tool.ToolLoopObserver;
import io.github.llmkit.tool.ToolLoopResult;
import io.micrometer.observation.Observation;

/**
 * Observes tool loops: an {@code invoke_agent} observation around the loop, current while it runs so that its
 * model calls become children, and an {@code execute_tool} observation per tool call, parented to the loop's
 * observation explicitly because the tool may run on an executor's thread. Tool durations are also recorded
 * in {@code gen_ai.client.operation.duration}.
 */
final class ObservedToolLoopObserver implements ToolLoopObserver {

	private static final String EXECUTE_TOOL = "execute_tool";

	private static final ThreadLocal<ToolLoopObservationContext> currentLoop = new ThreadLocal<>();

	private final LlmObservations observations;

	private final LlmClientMetrics metrics;

	ObservedToolLoopObserver(LlmObservations observations, LlmClientMetrics metrics) {
		this.observations = observations;
		this.metrics = metrics;
	}

	@Override
	public ToolLoopResult observeLoop(LlmClient client, Supplier<ToolLoopResult> loop) {
		ToolLoopObservationContext context = new ToolLoopObservationContext(client);
		Observation observation = this.observations.toolLoop(context);
		ToolLoopObservationContext outer = currentLoop.get();
		currentLoop.set(context);
		try {
			return observation.observe(() -> {
				ToolLoopResult result = loop.get();
				context.setResult(result);
				return result;
			});
		}
		finally {
			if (outer != null) {
				currentLoop.set(outer);
			}
			else {
				currentLoop.remove();
			}
		}
	}

	@Override
	public Supplier<ToolExecution> observeExecution(ToolCall call, ToolDefinition definition,
			Supplier<ToolExecution> execution) {
		Observation parent = this.observations.registry().getCurrentObservation();
		ToolLoopObservationContext loop = currentLoop.get();
		return () -> {
			ToolExecutionObservationContext context = new ToolExecutionObservationContext(call, definition, loop);
			Observation observation = this.observations.toolExecution(context).parentObservation(parent);
			long start = System.nanoTime();
			observation.start();
			try (Observation.Scope scope = observation.openScope()) {
				ToolExecution result = execution.get();
				context.setExecution(result);
				if (result.result().error()) {
					observation.error(new ToolErrorResult(call.name()));
				}
				return result;
			}
			catch (RuntimeException | Error ex) {
				observation.error(ex);
				throw ex;
			}
			finally {
				observation.stop();
				record(context, System.nanoTime() - start);
			}
		};
	}

	private void record(ToolExecutionObservationContext context, long nanos) {
		if (this.metrics == null) {
			return;
		}
		ToolLoopObservationContext loop = context.getLoop();
		String provider = (loop != null && loop.getProviderType() != null) ? loop.getProviderType().telemetryName()
				: null;
		Call call = new Call((loop != null) ? loop.getClientName() : null, provider, EXECUTE_TOOL, null, null, null,
				context.getCall().name());
		this.metrics.recordOperation(call, null,
				(context.getError() != null) ? DefaultToolExecutionObservationConvention.TOOL_ERROR : null, nanos);
	}

	/**
	 * Marks the observation of a tool that answered with an error result as failed, without the result's text.
	 */
	private static final class ToolErrorResult extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ToolErrorResult(String toolName) {
			super("Tool '" + toolName + "' answered with an error result", null, false, false);
		}

	}

}
