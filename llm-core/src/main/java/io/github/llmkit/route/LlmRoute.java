package io.github.llmkit.route;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.Capability;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.LlmUnsupportedOperationException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.tool.ToolDefinition;

/**
 * An {@link LlmClient} over several clients that sends each call to the first member able to answer: a member
 * whose call fails in a way another provider could fix ({@link FailoverReason}: retries exhausted on a
 * transient error, 429, 5xx, 529, timeouts, connection failures, an open circuit) hands the call to the next;
 * a caller's mistake (an invalid request, a content filter, a rejected key unless configured otherwise)
 * surfaces at once. A stream fails over only before its first delta or tool call reaches the listener. Each
 * member gets the conversation in a form its wire family reads and its own options; the answer names the
 * member in {@link ChatResponse#answeredBy()}. When no member answers, an {@link LlmRouteException} lists
 * every member's failure. Thread-safe; {@link #close()} leaves the members open, since they are shared.
 *
 * @since 0.1.0
 */
public final class LlmRoute implements LlmClient {

	private final String name;

	private final List<RouteMember> members;

	private final FailoverLoop loop;

	private LlmRoute(Builder builder) {
		this.name = builder.name;
		this.members = List.copyOf(builder.members);
		this.loop = new FailoverLoop(this.name, this.members, builder.authenticationFailsOver, builder.listener);
	}

	/**
	 * Start a route.
	 * @param name the route's name (its bean name under Spring)
	 * @return a builder
	 * @throws IllegalArgumentException if the name is null or blank
	 */
	public static Builder builder(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("'name' must not be null or blank");
		}
		return new Builder(name);
	}

	/**
	 * Return the members in the order they are tried.
	 * @return the members
	 */
	public List<RouteMember> members() {
		return this.members;
	}

	@Override
	public ChatResponse chat(List<Message> messages, ChatOptions options) {
		return this.loop.chat(messages, null,
				(member, history, listener) -> member.client().chat(history, member.optionsFor(options)));
	}

	@Override
	public ChatResponse complete(String prompt, ChatOptions options) {
		return chat(List.of(userPrompt(prompt)), options);
	}

	@Override
	public ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		return this.loop.chat(messages, null, (member, history, listener) -> member.client()
			.chatWithTools(history, tools, member.optionsFor(options)));
	}

	@Override
	public ChatResponse streamChat(List<Message> messages, StreamListener listener, ChatOptions options) {
		return this.loop.chat(messages, checkListener(listener), (member, history, tracked) -> member.client()
			.streamChat(history, tracked, member.optionsFor(options)));
	}

	@Override
	public ChatResponse streamComplete(String prompt, StreamListener listener, ChatOptions options) {
		return streamChat(List.of(userPrompt(prompt)), listener, options);
	}

	@Override
	public ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener, ChatOptions options) {
		return this.loop.chat(messages, checkListener(listener), (member, history, tracked) -> member.client()
			.streamChatWithTools(history, tools, tracked, member.optionsFor(options)));
	}

	/**
	 * List the models of the first member that answers, failing over as a chat does.
	 * @return that member's models
	 */
	@Override
	public List<ModelInfo> listModels() {
		return this.loop.run((member) -> member.client().listModels());
	}

	/**
	 * Embed with the first member that offers embeddings. Never fails over: vectors of different models cannot
	 * be compared, so a route must not mix them.
	 * @param inputs the texts
	 * @param options the model and dimensions, or null
	 * @return the vectors
	 * @throws LlmUnsupportedOperationException if no member offers embeddings
	 */
	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		for (RouteMember member : this.members) {
			if (member.client().type().supports(Capability.EMBEDDINGS)) {
				return member.client().embed(inputs, options);
			}
		}
		throw new LlmUnsupportedOperationException(this.name, "embeddings (no member of route '" + this.name
				+ "' offers them)");
	}

	@Override
	public String name() {
		return this.name;
	}

	/**
	 * Return the provider type of the first member.
	 * @return the type
	 */
	@Override
	public ProviderType type() {
		return this.members.get(0).client().type();
	}

	/**
	 * Return the model the first member uses on the route's behalf.
	 * @return the model id
	 */
	@Override
	public String defaultModel() {
		RouteMember first = this.members.get(0);
		return (first.options().model() != null) ? first.options().model() : first.client().defaultModel();
	}

	/**
	 * Return the first member's base URL.
	 * @return the base URL, or null if unknown
	 */
	@Override
	public String baseUrl() {
		return this.members.get(0).client().baseUrl();
	}

	/**
	 * Return the options the first member falls back to, under its route options.
	 * @return the defaults
	 */
	@Override
	public ChatOptions defaultOptions() {
		RouteMember first = this.members.get(0);
		return first.optionsFor(first.client().defaultOptions());
	}

	/**
	 * Do nothing: the members are shared clients, closed by whoever created them.
	 */
	@Override
	public void close() {
	}

	@Override
	public String toString() {
		return "LlmRoute[name=" + this.name + ", members="
				+ this.members.stream().map(RouteMember::name).toList() + "]";
	}

	private StreamListener checkListener(StreamListener listener) {
		if (listener == null) {
			throw new LlmInvalidRequestException(this.name, this.name + ": 'listener' must not be null");
		}
		return listener;
	}

	private Message userPrompt(String prompt) {
		if (prompt == null) {
			throw new LlmInvalidRequestException(this.name, this.name + ": 'prompt' must not be null");
		}
		return Message.user(prompt);
	}

	/**
	 * Builds an {@link LlmRoute}. Not thread-safe.
	 */
	public static final class Builder {

		private final String name;

		private final List<RouteMember> members = new ArrayList<>();

		private boolean authenticationFailsOver;

		private RouteListener listener = RouteListener.NONE;

		private Builder(String name) {
			this.name = name;
		}

		/**
		 * Add a member that uses its own defaults; members are tried in the order added.
		 * @param client the member
		 * @return this builder
		 * @throws IllegalArgumentException if the client is null
		 */
		public Builder member(LlmClient client) {
			return member(client, null);
		}

		/**
		 * Add a member with options that override the call's for it (its model, typically).
		 * @param client the member
		 * @param options the member's options, or null for none
		 * @return this builder
		 * @throws IllegalArgumentException if the client is null
		 */
		public Builder member(LlmClient client, ChatOptions options) {
			this.members.add(new RouteMember(client, options));
			return this;
		}

		/**
		 * Set whether a member that rejects its credentials hands the call to the next. Default: false, the
		 * failure surfaces so that a wrong key is noticed.
		 * @param failsOver whether authentication failures fail over
		 * @return this builder
		 */
		public Builder authenticationFailsOver(boolean failsOver) {
			this.authenticationFailsOver = failsOver;
			return this;
		}

		/**
		 * Set the listener told of every failover. Default: none.
		 * @param listener the listener
		 * @return this builder
		 * @throws IllegalArgumentException if the listener is null
		 */
		public Builder listener(RouteListener listener) {
			if (listener == null) {
				throw new IllegalArgumentException("'listener' must not be null");
			}
			this.listener = listener;
			return this;
		}

		/**
		 * Build the route.
		 * @return the route
		 * @throws IllegalArgumentException if it has no member, or two members share a name
		 */
		public LlmRoute build() {
			if (this.members.isEmpty()) {
				throw new IllegalArgumentException("Route '" + this.name + "' needs at least one member");
			}
			for (int i = 0; i < this.members.size(); i++) {
				for (int j = 0; j < i; j++) {
					if (this.members.get(i).name().equals(this.members.get(j).name())) {
						throw new IllegalArgumentException("Route '" + this.name + "' lists member '"
								+ this.members.get(i).name() + "' twice");
					}
				}
			}
			return new LlmRoute(this);
		}

	}

}
