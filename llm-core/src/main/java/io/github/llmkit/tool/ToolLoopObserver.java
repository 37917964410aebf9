package io.github.llmkit.tool;

import java.util.function.Supplier;

import io.github.llmkit.LlmClient;

/**
 * Observes tool loops and tool executions, for tracing: the seam through which an integration (such as the
 * Spring Boot starter's Micrometer observations) puts a span around a loop and one around each tool call,
 * without a dependency of its own in {@code llm-core}. Both methods must run what they are given exactly
 * once and return its result.
 *
 * @since 0.1.0
 */
public interface ToolLoopObserver {

	/** An observer that observes nothing. */
	ToolLoopObserver NONE = new ToolLoopObserver() {
	};

	/**
	 * Run a whole tool loop (every model call and tool execution of it), on the calling thread.
	 * @param client the client the loop calls
	 * @param loop the loop
	 * @return what the loop returned
	 */
	default ToolLoopResult observeLoop(LlmClient client, Supplier<ToolLoopResult> loop) {
		return loop.get();
	}

	/**
	 * Wrap one tool execution. Called on the loop's thread when the execution is scheduled, so that an
	 * implementation can capture that thread's context; the returned supplier runs on the thread that
	 * executes the tool, which may be another one.
	 * @param call the model's call
	 * @param definition the called tool, or null if the model named an unknown tool
	 * @param execution runs the tool; never throws, a failure is an error result
	 * @return the execution to run in its place
	 */
	default Supplier<ToolExecution> observeExecution(ToolCall call, ToolDefinition definition,
			Supplier<ToolExecution> execution) {
		return execution;
	}

}
