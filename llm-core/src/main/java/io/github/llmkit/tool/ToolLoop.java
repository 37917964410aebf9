package io.github.llmkit.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ToolChoice;

/**
 * The tool loop, written once for blocking and streaming calls: call the model, execute every requested tool
 * (a round's calls concurrently), append the assistant turn and the results, and repeat until the model
 * answers without tools or the round limit is reached.
 */
final class ToolLoop {

	private final String clientName;

	private final Map<String, Tool> tools;

	private final int maxIterations;

	private final Executor executor;

	private final ToolLoopListener listener;

	private final ToolLoopObserver observer;

	/**
	 * Create a loop.
	 * @param clientName the client name, for errors
	 * @param tools the tools the model may call, by name; read, never copied (pass an immutable or concurrent map)
	 * @param maxIterations the maximum number of rounds
	 * @param executor runs a round's calls, or null for the default (the calling thread for a single call,
	 * else a small shared daemon pool)
	 * @param listener told about each result, or null
	 * @param observer wraps each tool execution
	 */
	ToolLoop(String clientName, Map<String, Tool> tools, int maxIterations, Executor executor,
			ToolLoopListener listener, ToolLoopObserver observer) {
		this.clientName = clientName;
		this.tools = tools;
		this.maxIterations = maxIterations;
		this.executor = executor;
		this.listener = listener;
		this.observer = observer;
	}

	/**
	 * Run the loop.
	 * @param messages the conversation
	 * @param first the model's answer to {@code messages} if it was already received, else null
	 * @param options the options of the first call; later calls let the model choose (auto)
	 * @param model one model call
	 * @return the result
	 * @throws ToolLoopException if the model still requests tools after the last round
	 */
	ToolLoopResult run(List<Message> messages, ChatResponse first, ChatOptions options, ModelCall model) {
		List<Message> transcript = new ArrayList<>(messages);
		List<ToolExecution> executions = new ArrayList<>();
		ChatOptions firstOptions = (options != null) ? options : ChatOptions.none();
		ChatResponse response = (first != null) ? first : model.call(List.copyOf(transcript), firstOptions);
		ChatOptions followUp = followUpOptions(firstOptions);
		int rounds = 0;
		while (response.hasToolCalls()) {
			if (rounds >= this.maxIterations) {
				throw exhausted(transcript, response, executions);
			}
			rounds++;
			List<ToolExecution> round = execute(response.toolCalls());
			transcript.add(Message.assistant(response));
			for (ToolExecution execution : round) {
				transcript.add(execution.result().toMessage());
				executions.add(execution);
				if (this.listener != null) {
					this.listener.onToolResult(execution);
				}
			}
			response = model.call(List.copyOf(transcript), followUp);
		}
		if (!response.text().isEmpty()) {
			transcript.add(Message.assistant(response));
		}
		return new ToolLoopResult(response, transcript, executions, rounds);
	}

	/**
	 * Execute calls, concurrently when there are several, keeping the call order.
	 * @param calls the calls
	 * @return one execution per call, in order
	 */
	List<ToolExecution> execute(List<ToolCall> calls) {
		if (calls.size() == 1 && this.executor == null) {
			return List.of(observed(calls.get(0)).get());
		}
		Executor runner = (this.executor != null) ? this.executor : SharedToolExecutor.get();
		List<CompletableFuture<ToolExecution>> futures = new ArrayList<>(calls.size());
		for (ToolCall call : calls) {
			futures.add(submit(call, runner));
		}
		List<ToolExecution> executions = new ArrayList<>(calls.size());
		for (CompletableFuture<ToolExecution> future : futures) {
			executions.add(future.join());
		}
		return executions;
	}

	private CompletableFuture<ToolExecution> submit(ToolCall call, Executor runner) {
		try {
			return CompletableFuture.supplyAsync(observed(call), runner);
		}
		catch (RejectedExecutionException ex) {
			return CompletableFuture.completedFuture(observed(call).get());
		}
	}

	private Supplier<ToolExecution> observed(ToolCall call) {
		Tool tool = this.tools.get(call.name());
		return this.observer.observeExecution(call, (tool != null) ? tool.definition() : null,
				() -> execute(this.tools, call));
	}

	/**
	 * Execute one call with the named tool, turning an unknown name or an exception into an error result.
	 * @param tools the tools by name
	 * @param call the call
	 * @return the execution, its result answering the call
	 */
	static ToolExecution execute(Map<String, Tool> tools, ToolCall call) {
		Tool tool = tools.get(call.name());
		if (tool == null) {
			String known = tools.keySet().stream().sorted().collect(Collectors.joining(", "));
			return new ToolExecution(call, new ToolResult(call.id(), call.name(),
					"Unknown tool '" + call.name() + "'; available tools: " + known, true));
		}
		ToolResult result;
		try {
			result = tool.execute(call.arguments());
		}
		catch (RuntimeException ex) {
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			result = ToolResult.failure(call.name(), "Tool '" + call.name() + "' failed: " + reason);
		}
		return new ToolExecution(call, result.withCallId(call.id()));
	}

	private ToolLoopException exhausted(List<Message> transcript, ChatResponse response,
			List<ToolExecution> executions) {
		String requested = response.toolCalls().stream().map(ToolCall::name).collect(Collectors.joining(", "));
		return new ToolLoopException(this.clientName,
				"Tool loop of client '" + this.clientName + "' stopped after " + this.maxIterations
						+ " rounds (maxIterations) while the model still requested tools: " + requested,
				transcript, response.toolCalls(), executions);
	}

	private static ChatOptions followUpOptions(ChatOptions options) {
		ToolChoice choice = options.toolChoice();
		if (choice != null && (choice.mode() == ToolChoice.Mode.REQUIRED || choice.mode() == ToolChoice.Mode.TOOL)) {
			return options.toBuilder().toolChoice(ToolChoice.auto()).build();
		}
		return options;
	}

	/**
	 * One model call of the loop: blocking or streamed.
	 */
	@FunctionalInterface
	interface ModelCall {

		ChatResponse call(List<Message> messages, ChatOptions options);

	}

}
