package io.github.llmkit;

import java.util.List;
import java.util.Objects;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.http.HttpTransport;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.MediaCheck;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.tool.ToolDefinition;

/**
 * The one implementation of {@link LlmClient}: validates input, merges options over the config in one place,
 * and hands the request to its wire family.
 */
final class DefaultLlmClient implements LlmClient {

	private final String name;

	private final ProviderType type;

	private final ClientConfig config;

	private final ChatOptions defaults;

	private final Provider provider;

	private final HttpTransport transport;

	DefaultLlmClient(String name, ProviderType type, ClientConfig config, Provider provider, HttpTransport transport) {
		this.name = name;
		this.type = type;
		this.config = config;
		this.defaults = config.defaultOptions()
			.orElse(ChatOptions.builder().model(type.defaultModel()).build());
		this.provider = provider;
		this.transport = transport;
	}

	@Override
	public ChatResponse chat(List<Message> messages, ChatOptions options) {
		return charge(this.provider.chat(request(messages, List.of(), options)));
	}

	@Override
	public ChatResponse complete(String prompt, ChatOptions options) {
		return chat(List.of(userPrompt(prompt)), options);
	}

	@Override
	public ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		return charge(this.provider.chat(request(messages, checkTools(tools), options)));
	}

	@Override
	public ChatResponse streamChat(List<Message> messages, StreamListener listener, ChatOptions options) {
		return charge(this.provider.stream(request(messages, List.of(), options), checkListener(listener)));
	}

	@Override
	public ChatResponse streamComplete(String prompt, StreamListener listener, ChatOptions options) {
		return streamChat(List.of(userPrompt(prompt)), listener, options);
	}

	@Override
	public ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener, ChatOptions options) {
		return charge(this.provider.stream(request(messages, checkTools(tools), options), checkListener(listener)));
	}

	@Override
	public List<ModelInfo> listModels() {
		require(Capability.MODELS, "model listing");
		return this.provider.listModels();
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		require(Capability.EMBEDDINGS, "embeddings");
		if (inputs == null || inputs.isEmpty()) {
			throw invalid("'inputs' must not be " + ((inputs == null) ? "null" : "empty"));
		}
		for (int i = 0; i < inputs.size(); i++) {
			if (inputs.get(i) == null || inputs.get(i).isEmpty()) {
				throw invalid("'inputs[" + i + "]' must not be " + ((inputs.get(i) == null) ? "null" : "empty"));
			}
		}
		EmbeddingOptions given = (options != null) ? options : EmbeddingOptions.none();
		String model = (given.model() != null) ? given.model()
				: (this.config.embeddingModel() != null) ? this.config.embeddingModel() : this.type.defaultEmbeddingModel();
		if (model == null) {
			throw invalid(this.name + " has no default embedding model: set one in the options or the config");
		}
		return this.provider.embed(inputs, new EmbeddingOptions(model, given.dimensions()));
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public ProviderType type() {
		return this.type;
	}

	@Override
	public String defaultModel() {
		return this.defaults.model();
	}

	@Override
	public String baseUrl() {
		return (this.config.baseUrl() != null) ? this.config.baseUrl() : this.type.defaultBaseUrl();
	}

	@Override
	public ChatOptions defaultOptions() {
		return this.defaults;
	}

	@Override
	public void close() {
		this.transport.close();
	}

	@Override
	public String toString() {
		return "LlmClient[name=" + this.name + ", type=" + this.type.id() + ", model=" + defaultModel() + "]";
	}

	private ChatResponse charge(ChatResponse response) {
		Integer total = response.usage().totalTokens();
		if (this.config.rateLimiter() != null && total != null) {
			this.config.rateLimiter().recordTokens(total);
		}
		return response;
	}

	private ChatRequest request(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		if (messages == null || messages.isEmpty()) {
			throw invalid("'messages' must not be " + ((messages == null) ? "null" : "empty"));
		}
		for (int i = 0; i < messages.size(); i++) {
			if (messages.get(i) == null) {
				throw invalid("'messages[" + i + "]' must not be null");
			}
		}
		ChatOptions merged = (options != null) ? options.orElse(this.defaults) : this.defaults;
		checkToolChoice(merged.toolChoice(), tools);
		MediaCheck.check(this.name, this.type, merged.model(), messages);
		return new ChatRequest(messages, tools, merged);
	}

	private void checkToolChoice(ToolChoice choice, List<ToolDefinition> tools) {
		if (choice == null || choice.mode() == ToolChoice.Mode.AUTO || choice.mode() == ToolChoice.Mode.NONE) {
			return;
		}
		if (tools.isEmpty()) {
			throw invalid("'toolChoice' " + choice.mode() + " needs tools; offer them with chatWithTools");
		}
		if (choice.mode() == ToolChoice.Mode.TOOL
				&& tools.stream().noneMatch((tool) -> tool.name().equals(choice.toolName()))) {
			throw invalid("'toolChoice' names tool '" + choice.toolName() + "', which is not offered; offered tools: "
					+ String.join(", ", tools.stream().map(ToolDefinition::name).toList()));
		}
	}

	private List<ToolDefinition> checkTools(List<ToolDefinition> tools) {
		if (tools == null) {
			throw invalid("'tools' must not be null");
		}
		if (!tools.isEmpty()) {
			require(Capability.TOOLS, "tool calling");
		}
		for (int i = 0; i < tools.size(); i++) {
			if (tools.get(i) == null) {
				throw invalid("'tools[" + i + "]' must not be null");
			}
			for (int j = 0; j < i; j++) {
				if (tools.get(j).name().equals(tools.get(i).name())) {
					throw invalid("'tools' offers tool '" + tools.get(i).name() + "' twice, at " + j + " and " + i);
				}
			}
		}
		return tools;
	}

	private StreamListener checkListener(StreamListener listener) {
		if (listener == null) {
			throw invalid("'listener' must not be null");
		}
		return listener;
	}

	private Message userPrompt(String prompt) {
		if (prompt == null) {
			throw invalid("'prompt' must not be null");
		}
		return Message.user(prompt);
	}

	private void require(Capability capability, String operation) {
		if (!this.type.supports(capability)) {
			throw new LlmUnsupportedOperationException(this.name, operation + " (provider type " + this.type.id() + ")");
		}
	}

	private LlmInvalidRequestException invalid(String message) {
		return new LlmInvalidRequestException(this.name, this.name + ": " + message);
	}

	ClientConfig config() {
		return this.config;
	}

	static String nameOf(ProviderType type, ClientConfig config) {
		return Objects.requireNonNullElse(config.name(), type.id());
	}

}
