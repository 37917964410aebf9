package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.tool.ToolDefinition;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;

/**
 * One conversation of a {@link ChatMemory}, identified by its id and answered by one client. Each turn loads
 * the history, sends its window and the new message (running the tool loop when tools are set), and saves the
 * new message with every assistant turn and tool result only once the model has answered: a turn that fails
 * saves nothing. Turns of one id are serialized in this process (see {@link ChatMemory}). Immutable and
 * thread-safe; {@code withX} methods return a copy.
 *
 * @since 0.1.0
 */
public final class Conversation {

	private final ChatMemory memory;

	private final String id;

	private final LlmClient client;

	private final ChatOptions options;

	private final ToolRegistry registry;

	private final List<ToolDefinition> tools;

	private final String system;

	Conversation(ChatMemory memory, String id, LlmClient client, ChatOptions options, ToolRegistry registry,
			List<ToolDefinition> tools, String system) {
		this.memory = memory;
		this.id = id;
		this.client = client;
		this.options = options;
		this.registry = registry;
		this.tools = tools;
		this.system = system;
	}

	/**
	 * Return the conversation id.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Return a copy that sends every turn with these options.
	 * @param options per-call settings whose null fields inherit, or null for the client's defaults
	 * @return the copy
	 */
	public Conversation withOptions(ChatOptions options) {
		return new Conversation(this.memory, this.id, this.client, options, this.registry, this.tools, this.system);
	}

	/**
	 * Return a copy whose turns run the tool loop of a registry with all its tools.
	 * @param registry the registry, or null for turns without tools
	 * @return the copy
	 */
	public Conversation withTools(ToolRegistry registry) {
		return withTools(registry, (registry != null) ? registry.definitions() : null);
	}

	/**
	 * Return a copy whose turns run the tool loop of a registry, offering some of its tools.
	 * @param registry the registry, or null for turns without tools
	 * @param tools the registered tools to offer
	 * @return the copy
	 */
	public Conversation withTools(ToolRegistry registry, List<ToolDefinition> tools) {
		if (registry != null && tools == null) {
			throw new IllegalArgumentException("'tools' must not be null when a registry is given");
		}
		return new Conversation(this.memory, this.id, this.client, this.options, registry,
				(tools != null) ? List.copyOf(tools) : null, this.system);
	}

	/**
	 * Return a copy that sends a system message first on every turn, without storing it: instructions can
	 * change between turns, and they never fall out of the window.
	 * @param system the instructions, or null or empty for none
	 * @return the copy
	 */
	public Conversation withSystem(String system) {
		return new Conversation(this.memory, this.id, this.client, this.options, this.registry, this.tools,
				(system != null && !system.isEmpty()) ? system : null);
	}

	/**
	 * Send a user message and return the answer.
	 * @param text the user's text
	 * @return the model's final answer
	 * @throws ConversationConflictException if another process extended the conversation during the turn
	 */
	public ChatResponse send(String text) {
		return send(Message.user(text));
	}

	/**
	 * Send a message and return the answer.
	 * @param message a user message
	 * @return the model's final answer
	 * @throws IllegalArgumentException if the message is null or not a user message
	 * @throws ConversationConflictException if another process extended the conversation during the turn
	 */
	public ChatResponse send(Message message) {
		return turn(requireUser(message), null);
	}

	/**
	 * Stream the answer to a user message; with tools, every round streams and a
	 * {@link io.github.llmkit.tool.ToolLoopListener} also gets each tool result.
	 * @param text the user's text
	 * @param listener receives the deltas on this thread
	 * @return the model's final answer
	 */
	public ChatResponse stream(String text, StreamListener listener) {
		return stream(Message.user(text), listener);
	}

	/**
	 * Stream the answer to a message.
	 * @param message a user message
	 * @param listener receives the deltas on this thread
	 * @return the model's final answer
	 * @throws IllegalArgumentException if the message is not a user message or the listener is null
	 */
	public ChatResponse stream(Message message, StreamListener listener) {
		if (listener == null) {
			throw new IllegalArgumentException("'listener' must not be null");
		}
		return turn(requireUser(message), listener);
	}

	/**
	 * Return the whole stored history, not windowed.
	 * @return the messages, oldest first
	 */
	public List<Message> history() {
		return this.memory.history(this.id);
	}

	/**
	 * Forget this conversation's history.
	 */
	public void clear() {
		this.memory.delete(this.id);
	}

	private ChatResponse turn(Message message, StreamListener listener) {
		return this.memory.locks().run(this.id, () -> {
			List<StoredMessage> history = this.memory.store().load(this.id);
			int cut = this.memory.window().cut(history, TokenEstimate.of(message));
			List<StoredMessage> window = MemoryWindow.keep(history, cut);
			List<Message> request = new ArrayList<>();
			if (this.system != null) {
				request.add(Message.system(this.system));
			}
			window.forEach((stored) -> request.add(stored.message()));
			Message summary = summary(history, cut);
			if (summary != null) {
				request.add(systemCount(request), summary);
			}
			request.add(message);
			RecordingClient recording = new RecordingClient(this.client);
			Answer answer = ask(recording, request, listener);
			List<Message> turn = answer.messages(request.size() - 1);
			this.memory.store()
				.append(this.id, history.size(), TurnAccounting.count(window, turn, recording.calls()));
			return answer.response;
		});
	}

	private Answer ask(LlmClient recording, List<Message> request, StreamListener listener) {
		if (this.registry != null) {
			ToolLoopResult result = (listener != null)
					? this.registry.runStreaming(recording, request, this.tools, listener, this.options)
					: this.registry.run(recording, request, this.tools, this.options);
			return new Answer(result.response(), result.transcript());
		}
		ChatResponse response = (listener != null) ? recording.streamChat(request, listener, this.options)
				: recording.chat(request, this.options);
		List<Message> transcript = new ArrayList<>(request);
		transcript.add(Message.assistant(response));
		return new Answer(response, transcript);
	}

	private Message summary(List<StoredMessage> history, int cut) {
		Summaries summaries = this.memory.summaries();
		return (summaries != null && cut > 0) ? summaries.summarize(this.id, history, cut, this.client, this.options)
				: null;
	}

	private static int systemCount(List<Message> request) {
		int count = 0;
		while (count < request.size() && request.get(count).role() == Role.SYSTEM) {
			count++;
		}
		return count;
	}

	private static Message requireUser(Message message) {
		if (message == null) {
			throw new IllegalArgumentException("'message' must not be null");
		}
		if (message.role() != Role.USER) {
			throw new IllegalArgumentException("A conversation turn starts with a USER message, not " + message.role());
		}
		return message;
	}

	/**
	 * The final response and the whole transcript of a turn.
	 */
	private record Answer(ChatResponse response, List<Message> transcript) {

		/** Return the messages from {@code start} on, the empty final answers left out. */
		List<Message> messages(int start) {
			List<Message> turn = new ArrayList<>();
			for (Message message : this.transcript.subList(start, this.transcript.size())) {
				boolean empty = message.role() == Role.ASSISTANT && message.text() == null
						&& message.toolCalls().isEmpty() && message.reasoning().isEmpty();
				if (!empty) {
					turn.add(message);
				}
			}
			return turn;
		}

	}

}
