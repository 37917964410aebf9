package io.github.llmkit.tool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.internal.Lists;

/**
 * Holds tools by name, named collections of them, and runs the tool loop: call the model with the tools,
 * execute what it requests, send the results back, and repeat until it answers. Thread-safe; create as many
 * registries as needed (there is no global one).
 *
 * @since 0.1.0
 */
public final class ToolRegistry {

	/** The default maximum number of tool rounds of a loop. */
	public static final int DEFAULT_MAX_ITERATIONS = 8;

	private final Map<String, Tool> tools = new ConcurrentSkipListMap<>();

	private final Map<String, List<String>> collections = new ConcurrentSkipListMap<>();

	/** The sorted definitions of all tools, rebuilt after a change rather than on every loop run. */
	private volatile List<ToolDefinition> definitions;

	private final int maxIterations;

	private final Executor executor;

	private final ToolLoopObserver observer;

	/**
	 * Create an empty registry with at most {@value #DEFAULT_MAX_ITERATIONS} rounds per loop, running a single
	 * call on the calling thread and parallel calls on a small shared daemon pool.
	 */
	public ToolRegistry() {
		this(DEFAULT_MAX_ITERATIONS, null, ToolLoopObserver.NONE);
	}

	private ToolRegistry(int maxIterations, Executor executor, ToolLoopObserver observer) {
		this.maxIterations = maxIterations;
		this.executor = executor;
		this.observer = observer;
	}

	/**
	 * Create a builder for a registry with other loop settings.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Register a tool.
	 * @param tool the tool
	 * @return this registry
	 * @throws ToolException if a tool of that name is already registered
	 */
	public ToolRegistry register(Tool tool) {
		return register(tool, false);
	}

	/**
	 * Register a tool, replacing one of the same name if asked to.
	 * @param tool the tool
	 * @param replace whether an existing tool of that name is replaced
	 * @return this registry
	 * @throws ToolException if a tool of that name exists and {@code replace} is false
	 */
	public ToolRegistry register(Tool tool, boolean replace) {
		if (tool == null) {
			throw new IllegalArgumentException("'tool' must not be null");
		}
		return add(List.of(tool), replace);
	}

	/**
	 * Register a tool, replacing any tool of the same name.
	 * @param tool the tool
	 * @return this registry
	 */
	public ToolRegistry replace(Tool tool) {
		return register(tool, true);
	}

	/**
	 * Register every {@link LlmTool} method of a bean (or the bean itself if it is a {@link Tool}).
	 * @param bean the object
	 * @return this registry
	 * @throws ToolException if the bean has no tool method, or a name is already registered (naming both
	 * methods); nothing is registered then
	 */
	public ToolRegistry register(Object bean) {
		if (bean == null) {
			throw new IllegalArgumentException("'bean' must not be null");
		}
		if (bean instanceof Tool tool) {
			return register(tool);
		}
		List<MethodTool> methodTools = MethodTool.fromBean(bean);
		if (methodTools.isEmpty()) {
			throw new ToolException("Object of type " + bean.getClass().getName() + " has no @LlmTool method");
		}
		return add(methodTools, false);
	}

	/**
	 * Register several tools, all or none.
	 * @param tools the tools
	 * @return this registry
	 * @throws ToolException if a name is already registered or given twice; nothing is registered then
	 */
	public ToolRegistry registerAll(Collection<? extends Tool> tools) {
		return add(copy("tools", tools), false);
	}

	/**
	 * Register the built-in {@code calculator} and {@code get_weather} (demo data) tools and the collections
	 * {@code standard}, {@code weather} and {@code calculator}, replacing existing ones of those names.
	 * @return this registry
	 */
	public synchronized ToolRegistry registerStandardTools() {
		add(StandardTools.create(), true);
		StandardTools.COLLECTIONS.forEach((name, toolNames) -> createCollection(name, toolNames, true));
		return this;
	}

	private synchronized ToolRegistry add(List<? extends Tool> additions, boolean replace) {
		Map<String, Tool> byName = new LinkedHashMap<>();
		for (Tool tool : additions) {
			Tool previous = byName.putIfAbsent(tool.name(), tool);
			if (previous != null) {
				throw new ToolException("Tool '" + tool.name() + "' is given twice: by " + source(previous) + " and by "
						+ source(tool));
			}
			Tool existing = this.tools.get(tool.name());
			if (existing != null && !replace) {
				throw new ToolException("Tool '" + tool.name() + "' is already registered by " + source(existing)
						+ "; cannot also register " + source(tool)
						+ " under that name. Use replace(tool) or register(tool, true) to replace it");
			}
		}
		this.tools.putAll(byName);
		this.definitions = null;
		return this;
	}

	private static String source(Tool tool) {
		return (tool instanceof MethodTool methodTool) ? "method " + MethodTool.describe(methodTool.method())
				: "a " + tool.getClass().getSimpleName();
	}

	/**
	 * Return the tool of a name.
	 * @param name the tool name
	 * @return the tool, or empty if none is registered under that name
	 */
	public Optional<Tool> get(String name) {
		return Optional.ofNullable((name != null) ? this.tools.get(name) : null);
	}

	/**
	 * Return the definition of a tool.
	 * @param name the tool name
	 * @return the definition, or empty if no such tool is registered
	 */
	public Optional<ToolDefinition> definition(String name) {
		return get(name).map(Tool::definition);
	}

	/**
	 * Return whether a tool of that name is registered.
	 * @param name the tool name
	 * @return true if registered
	 */
	public boolean exists(String name) {
		return name != null && this.tools.containsKey(name);
	}

	/**
	 * Remove a tool. Collections naming it fail on lookup until it is registered again.
	 * @param name the tool name
	 * @return true if a tool was removed
	 */
	public synchronized boolean unregister(String name) {
		boolean removed = name != null && this.tools.remove(name) != null;
		if (removed) {
			this.definitions = null;
		}
		return removed;
	}

	/**
	 * Return the names of all registered tools.
	 * @return the names, sorted
	 */
	public List<String> list() {
		return List.copyOf(this.tools.keySet());
	}

	/**
	 * Return the definitions of all registered tools.
	 * @return the definitions, sorted by name
	 */
	public List<ToolDefinition> definitions() {
		List<ToolDefinition> snapshot = this.definitions;
		if (snapshot == null) {
			synchronized (this) {
				snapshot = this.definitions;
				if (snapshot == null) {
					snapshot = this.tools.values().stream().map(Tool::definition).toList();
					this.definitions = snapshot;
				}
			}
		}
		return snapshot;
	}

	/**
	 * Return the definitions of the named tools.
	 * @param names the tool names
	 * @return the definitions, in the given order
	 * @throws ToolException if a name is not registered, listing the known ones
	 */
	public List<ToolDefinition> collection(Collection<String> names) {
		return copy("names", names).stream().map((name) -> require(name).definition()).toList();
	}

	/**
	 * Create a named collection of registered tools.
	 * @param name the collection name
	 * @param toolNames the names of its tools
	 * @return this registry
	 * @throws ToolException if the collection exists or a tool is not registered
	 */
	public ToolRegistry createCollection(String name, Collection<String> toolNames) {
		return createCollection(name, toolNames, false);
	}

	/**
	 * Create a named collection of registered tools, replacing one of the same name if asked to.
	 * @param name the collection name
	 * @param toolNames the names of its tools
	 * @param replace whether an existing collection of that name is replaced
	 * @return this registry
	 * @throws ToolException if the collection exists and {@code replace} is false, or a tool is not registered
	 */
	public synchronized ToolRegistry createCollection(String name, Collection<String> toolNames, boolean replace) {
		if (name == null) {
			throw new IllegalArgumentException("'name' must not be null");
		}
		List<String> copy = copy("toolNames", toolNames);
		copy.forEach(this::require);
		if (!replace && this.collections.containsKey(name)) {
			throw new ToolException("Tool collection '" + name + "' already exists; use createCollection(name, "
					+ "toolNames, true) to replace it");
		}
		this.collections.put(name, copy);
		return this;
	}

	/**
	 * Return the definitions of a collection's tools.
	 * @param name the collection name
	 * @return the definitions, in the collection's order
	 * @throws ToolException if the collection is unknown (listing the known ones) or one of its tools has been
	 * unregistered
	 */
	public List<ToolDefinition> getCollection(String name) {
		List<String> toolNames = (name != null) ? this.collections.get(name) : null;
		if (toolNames == null) {
			throw new ToolException("Unknown tool collection '" + name + "'; known collections: "
					+ String.join(", ", this.collections.keySet()));
		}
		return collection(toolNames);
	}

	/**
	 * Return the names of all collections.
	 * @return the names, sorted
	 */
	public List<String> listCollections() {
		return List.copyOf(this.collections.keySet());
	}

	/**
	 * Execute a tool outside a model call. Never throws for a failure of the tool: an unknown name, malformed
	 * or invalid arguments and exceptions of the tool become error results.
	 * @param name the tool name
	 * @param arguments the JSON arguments; null or blank means none
	 * @return the result
	 * @throws IllegalArgumentException if the name is null
	 */
	public ToolResult execute(String name, String arguments) {
		if (name == null) {
			throw new IllegalArgumentException("'name' must not be null");
		}
		return ToolLoop.execute(this.tools, ToolCall.of("call", name, arguments)).result().withCallId(null);
	}

	/**
	 * Execute the tool calls of a response (concurrently when there are several) and return the tool messages
	 * to send back after the response's assistant turn ({@link Message#assistant(ChatResponse)}).
	 * @param response the model's response
	 * @return one tool message per call, in call order; empty if the response calls no tools
	 */
	public List<Message> processToolCalls(ChatResponse response) {
		if (response == null) {
			throw new IllegalArgumentException("'response' must not be null");
		}
		if (!response.hasToolCalls()) {
			return List.of();
		}
		return loop(null, this.tools, null).execute(response.toolCalls())
			.stream()
			.map((execution) -> execution.result().toMessage())
			.toList();
	}

	/**
	 * Run the tool loop with all registered tools and the client's defaults.
	 * @param client the client
	 * @param messages the conversation, not empty
	 * @return the final answer, the transcript and every execution
	 * @throws ToolLoopException if the model still requests tools after the last round
	 */
	public ToolLoopResult run(LlmClient client, List<Message> messages) {
		return run(client, messages, definitions(), ChatOptions.none());
	}

	/**
	 * Run the tool loop: call the model with the tools, execute every call it requests (a tool that fails,
	 * an unknown tool or invalid arguments become error results sent back to it), and repeat until it answers
	 * without tools. A forced tool choice applies to the first call only.
	 * @param client the client
	 * @param messages the conversation, not empty; not modified
	 * @param tools the registered tools to offer
	 * @param options per-call settings
	 * @return the final answer, the transcript and every execution
	 * @throws ToolException if an offered tool is not registered
	 * @throws ToolLoopException if the model still requests tools after the last round
	 */
	public ToolLoopResult run(LlmClient client, List<Message> messages, List<ToolDefinition> tools,
			ChatOptions options) {
		return blockingLoop(client, null, messages, tools, options);
	}

	/**
	 * Continue the tool loop from a response the caller already received, as {@link #run} does after its first
	 * call (the seed's {@code process_response}).
	 * @param client the client
	 * @param response the model's answer to {@code messages}
	 * @param messages the conversation that produced the response; not modified
	 * @param tools the registered tools to offer on follow-up calls
	 * @param options per-call settings of the follow-up calls (the tool choice is auto)
	 * @return the final answer, the transcript and every execution
	 * @throws ToolLoopException if the model still requests tools after the last round
	 */
	public ToolLoopResult processResponse(LlmClient client, ChatResponse response, List<Message> messages,
			List<ToolDefinition> tools, ChatOptions options) {
		if (response == null) {
			throw new IllegalArgumentException("'response' must not be null");
		}
		return blockingLoop(client, response, messages, tools, options);
	}

	/**
	 * Run the tool loop with all registered tools, streaming every round.
	 * @param client the client
	 * @param messages the conversation, not empty
	 * @param listener receives every round's deltas and tool calls, the final answer, and, if it is a
	 * {@link ToolLoopListener}, each tool result; on this thread
	 * @return the final answer, the transcript and every execution
	 * @throws ToolLoopException if the model still requests tools after the last round
	 */
	public ToolLoopResult runStreaming(LlmClient client, List<Message> messages, StreamListener listener) {
		return runStreaming(client, messages, definitions(), listener, ChatOptions.none());
	}

	/**
	 * Run the tool loop as {@link #run(LlmClient, List, List, ChatOptions)} does, streaming every round: the
	 * listener sees the text of every round, each tool call when complete, each tool result (if it is a
	 * {@link ToolLoopListener}), and {@link StreamListener#onComplete} once, with the final answer.
	 * @param client the client
	 * @param messages the conversation, not empty; not modified
	 * @param tools the registered tools to offer
	 * @param listener receives the stream on this thread
	 * @param options per-call settings
	 * @return the final answer, the transcript and every execution
	 * @throws ToolLoopException if the model still requests tools after the last round
	 */
	public ToolLoopResult runStreaming(LlmClient client, List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener, ChatOptions options) {
		return streamingLoop(client, null, messages, tools, listener, options);
	}

	/**
	 * Continue a streamed tool loop from a response the caller already received (the seed's
	 * {@code process_response_streaming}, but with every round streamed and tools offered each time).
	 * @param client the client
	 * @param response the model's answer to {@code messages}
	 * @param messages the conversation that produced the response; not modified
	 * @param tools the registered tools to offer on follow-up calls
	 * @param listener receives the stream on this thread
	 * @param options per-call settings of the follow-up calls (the tool choice is auto)
	 * @return the final answer, the transcript and every execution
	 * @throws ToolLoopException if the model still requests tools after the last round
	 */
	public ToolLoopResult processResponseStreaming(LlmClient client, ChatResponse response, List<Message> messages,
			List<ToolDefinition> tools, StreamListener listener, ChatOptions options) {
		if (response == null) {
			throw new IllegalArgumentException("'response' must not be null");
		}
		return streamingLoop(client, response, messages, tools, listener, options);
	}

	/**
	 * Return the text of a response (the seed's {@code extract_content}).
	 * @param response the response
	 * @return the text, empty when the model gave none
	 */
	public static String extractContent(ChatResponse response) {
		return (response != null) ? response.text() : "";
	}

	private ToolLoopResult blockingLoop(LlmClient client, ChatResponse first, List<Message> messages,
			List<ToolDefinition> tools, ChatOptions options) {
		ToolLoop loop = loop(requireClient(client), offered(tools), null);
		List<Message> conversation = copy("messages", messages);
		return this.observer.observeLoop(client, () -> loop.run(conversation, first, options,
				(turns, callOptions) -> client.chatWithTools(turns, tools, callOptions)));
	}

	private ToolLoopResult streamingLoop(LlmClient client, ChatResponse first, List<Message> messages,
			List<ToolDefinition> tools, StreamListener listener, ChatOptions options) {
		if (listener == null) {
			throw new IllegalArgumentException("'listener' must not be null");
		}
		LoopStreamListener roundListener = new LoopStreamListener(listener);
		ToolLoop loop = loop(requireClient(client), offered(tools), roundListener);
		List<Message> conversation = copy("messages", messages);
		return this.observer.observeLoop(client, () -> loop.run(conversation, first, options,
				(turns, callOptions) -> client.streamChatWithTools(turns, tools, roundListener, callOptions)));
	}

	private static <T> List<T> copy(String name, Collection<? extends T> values) {
		if (values == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return Lists.copyOf(name, new ArrayList<T>(values));
	}

	private static LlmClient requireClient(LlmClient client) {
		if (client == null) {
			throw new IllegalArgumentException("'client' must not be null");
		}
		return client;
	}

	private ToolLoop loop(LlmClient client, Map<String, Tool> offered, ToolLoopListener listener) {
		String clientName = (client != null) ? client.name() : null;
		return new ToolLoop(clientName, offered, this.maxIterations, this.executor, listener, this.observer);
	}

	private Map<String, Tool> offered(List<ToolDefinition> definitions) {
		Map<String, Tool> offered = new LinkedHashMap<>();
		for (ToolDefinition definition : copy("tools", definitions)) {
			offered.put(definition.name(), require(definition.name()));
		}
		return offered;
	}

	private Tool require(String name) {
		Tool tool = this.tools.get(name);
		if (tool == null) {
			throw new ToolException("Unknown tool '" + name + "'; known tools: " + String.join(", ", list()));
		}
		return tool;
	}

	/**
	 * Builds a {@link ToolRegistry} with other loop settings. Not thread-safe.
	 *
	 * @since 0.1.0
	 */
	public static final class Builder {

		private int maxIterations = DEFAULT_MAX_ITERATIONS;

		private Executor executor;

		private ToolLoopObserver observer = ToolLoopObserver.NONE;

		private Builder() {
		}

		/**
		 * Set the maximum number of tool rounds of a loop; {@value ToolRegistry#DEFAULT_MAX_ITERATIONS} by default.
		 * @param maxIterations the limit, positive
		 * @return this builder
		 */
		public Builder maxIterations(int maxIterations) {
			if (maxIterations <= 0) {
				throw new IllegalArgumentException("'maxIterations' must be positive, was " + maxIterations);
			}
			this.maxIterations = maxIterations;
			return this;
		}

		/**
		 * Set the executor that runs the calls of a round; by default a single call runs on the calling thread
		 * and several run on a small shared daemon pool.
		 * @param executor the executor, or null for the default
		 * @return this builder
		 */
		public Builder executor(Executor executor) {
			this.executor = executor;
			return this;
		}

		/**
		 * Set the observer that wraps every tool loop and tool execution, for tracing; none by default.
		 * @param observer the observer, or null for none
		 * @return this builder
		 */
		public Builder observer(ToolLoopObserver observer) {
			this.observer = (observer != null) ? observer : ToolLoopObserver.NONE;
			return this;
		}

		/**
		 * Build the registry, empty.
		 * @return the registry
		 */
		public ToolRegistry build() {
			return new ToolRegistry(this.maxIterations, this.executor, this.observer);
		}

	}

}
