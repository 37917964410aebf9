package io.github.llmkit.autoconfigure.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations llmkit makes, with their key names. Span names and attributes follow the OpenTelemetry
 * GenAI semantic conventions; a key is left out when its value is unknown, and {@code error.type} is present
 * only on failure.
 *
 * @since 0.1.0
 */
public enum LlmObservationDocumentation implements ObservationDocumentation {

	/**
	 * One chat call, blocking or streamed, retries included: span {@code chat {model}}.
	 */
	CHAT {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultChatObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return ModelKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return ChatKeyNames.values();
		}
	},

	/**
	 * One embeddings call: span {@code embeddings {model}}.
	 */
	EMBEDDINGS {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultEmbeddingObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return ModelKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return KeyName.merge(new KeyName[] { ChatKeyNames.USAGE_INPUT_TOKENS },
					EmbeddingKeyNames.values());
		}
	},

	/**
	 * One tool loop, the parent of its model calls and tool executions: span {@code invoke_agent}.
	 */
	TOOL_LOOP {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultToolLoopObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return ModelKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return new KeyName[] { ToolKeyNames.ROUNDS };
		}
	},

	/**
	 * One tool execution, a child of its loop: span {@code execute_tool {name}}.
	 */
	EXECUTE_TOOL {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultToolExecutionObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return new KeyName[] { ModelKeyNames.OPERATION_NAME, ModelKeyNames.PROVIDER_NAME,
					ModelKeyNames.CLIENT_NAME, ModelKeyNames.ERROR_TYPE, ToolKeyNames.TOOL_NAME, ToolKeyNames.TOOL_TYPE };
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return new KeyName[] { ToolKeyNames.CALL_ID, ToolKeyNames.DESCRIPTION, ToolKeyNames.CALL_ARGUMENTS,
					ToolKeyNames.CALL_RESULT };
		}
	};

	/**
	 * Low-cardinality keys of model calls and loops.
	 */
	public enum ModelKeyNames implements KeyName {

		/** {@code chat}, {@code embeddings}, {@code invoke_agent} or {@code execute_tool}. */
		OPERATION_NAME("gen_ai.operation.name"),

		/** The provider's well-known name, see {@link io.github.llmkit.ProviderType#telemetryName()}. */
		PROVIDER_NAME("gen_ai.provider.name"),

		/** The model asked for. */
		REQUEST_MODEL("gen_ai.request.model"),

		/** The model that answered. */
		RESPONSE_MODEL("gen_ai.response.model"),

		/** Host of the client's base URL. */
		SERVER_ADDRESS("server.address"),

		/** Port of the client's base URL. */
		SERVER_PORT("server.port"),

		/** The HTTP status or exception class of a failure; absent on success. */
		ERROR_TYPE("error.type"),

		/** The client's name, its bean name under Spring. */
		CLIENT_NAME("llm.client.name");

		private final String key;

		ModelKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

	/**
	 * High-cardinality keys of chat calls, the content keys only with
	 * {@code llm.observations.include-content=true}.
	 */
	public enum ChatKeyNames implements KeyName {

		/** Sampling temperature asked for. */
		REQUEST_TEMPERATURE("gen_ai.request.temperature"),

		/** Output token limit asked for. */
		REQUEST_MAX_TOKENS("gen_ai.request.max_tokens"),

		/** Nucleus sampling asked for. */
		REQUEST_TOP_P("gen_ai.request.top_p"),

		/** Seed asked for. */
		REQUEST_SEED("gen_ai.request.seed"),

		/** Stop sequences asked for. */
		REQUEST_STOP_SEQUENCES("gen_ai.request.stop_sequences"),

		/** {@code true} for a streamed call, absent otherwise. */
		REQUEST_STREAM("gen_ai.request.stream"),

		/** The provider's id of the answer. */
		RESPONSE_ID("gen_ai.response.id"),

		/** Why the model stopped, as the provider said it. */
		RESPONSE_FINISH_REASONS("gen_ai.response.finish_reasons"),

		/** Seconds from the start of a streamed call to its first chunk. */
		RESPONSE_TIME_TO_FIRST_CHUNK("gen_ai.response.time_to_first_chunk"),

		/** Input tokens. */
		USAGE_INPUT_TOKENS("gen_ai.usage.input_tokens"),

		/** Output tokens. */
		USAGE_OUTPUT_TOKENS("gen_ai.usage.output_tokens"),

		/** Output tokens spent on reasoning. */
		USAGE_REASONING_OUTPUT_TOKENS("gen_ai.usage.reasoning.output_tokens"),

		/** Input tokens read from the provider's cache. */
		USAGE_CACHE_READ_INPUT_TOKENS("gen_ai.usage.cache_read.input_tokens"),

		/** The system prompt, as JSON (opt-in). */
		SYSTEM_INSTRUCTIONS("gen_ai.system_instructions"),

		/** The conversation sent, as JSON (opt-in). */
		INPUT_MESSAGES("gen_ai.input.messages"),

		/** The answer, as JSON (opt-in). */
		OUTPUT_MESSAGES("gen_ai.output.messages");

		private final String key;

		ChatKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

	/**
	 * High-cardinality keys of embeddings calls.
	 */
	public enum EmbeddingKeyNames implements KeyName {

		/** Number of dimensions of the returned vectors. */
		DIMENSION_COUNT("gen_ai.embeddings.dimension.count");

		private final String key;

		EmbeddingKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

	/**
	 * Keys of tool loops and tool executions.
	 */
	public enum ToolKeyNames implements KeyName {

		/** The tool's name. */
		TOOL_NAME("gen_ai.tool.name"),

		/** {@code function}: tools run by the application. */
		TOOL_TYPE("gen_ai.tool.type"),

		/** The model's id of the call. */
		CALL_ID("gen_ai.tool.call.id"),

		/** The tool's description. */
		DESCRIPTION("gen_ai.tool.description"),

		/** The arguments, as JSON (opt-in). */
		CALL_ARGUMENTS("gen_ai.tool.call.arguments"),

		/** The result (opt-in). */
		CALL_RESULT("gen_ai.tool.call.result"),

		/** Number of tool rounds of a loop. */
		ROUNDS("llm.tool_loop.rounds");

		private final String key;

		ToolKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

}
