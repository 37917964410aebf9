package io.github.llmkit.autoconfigure.observation;

import java.util.Locale;

import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ChatKeyNames;
import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ModelKeyNames;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Usage;
import io.micrometer.common.KeyValues;

/**
 * The default {@link ChatObservationConvention}: span {@code chat {model}}, the GenAI request and response
 * attributes, and the prompt and answer only when content capture is on.
 *
 * @since 0.1.0
 */
public class DefaultChatObservationConvention implements ChatObservationConvention {

	/** The observation name, also the name of the timer Micrometer derives from it. */
	public static final String NAME = "llm.client.operation";

	private static final String OPERATION = "chat";

	private final boolean includeContent;

	/**
	 * Create a convention that leaves prompts and answers out.
	 */
	public DefaultChatObservationConvention() {
		this(false);
	}

	/**
	 * Create a convention.
	 * @param includeContent whether prompts and answers become key values
	 */
	public DefaultChatObservationConvention(boolean includeContent) {
		this.includeContent = includeContent;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(ChatObservationContext context) {
		return GenAiKeyValues.spanName(OPERATION, context.getOptions().model());
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ChatObservationContext context) {
		ChatResponse response = context.getResponse();
		return new GenAiKeyValues().model(context, OPERATION, context.getOptions().model())
			.add(ModelKeyNames.RESPONSE_MODEL, (response != null) ? response.model() : null)
			.build();
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ChatObservationContext context) {
		ChatOptions options = context.getOptions();
		GenAiKeyValues values = new GenAiKeyValues().add(ChatKeyNames.REQUEST_TEMPERATURE, options.temperature())
			.add(ChatKeyNames.REQUEST_MAX_TOKENS, options.maxTokens())
			.add(ChatKeyNames.REQUEST_TOP_P, options.topP())
			.add(ChatKeyNames.REQUEST_SEED, options.seed())
			.add(ChatKeyNames.REQUEST_STOP_SEQUENCES,
					(options.stop() != null && !options.stop().isEmpty()) ? String.join(",", options.stop()) : null)
			.add(ChatKeyNames.REQUEST_STREAM, (context.isStream()) ? Boolean.TRUE : null)
			.add(ChatKeyNames.RESPONSE_TIME_TO_FIRST_CHUNK, (context.getTimeToFirstChunk() != null)
					? context.getTimeToFirstChunk().toNanos() / 1e9 : null);
		ChatResponse response = context.getResponse();
		if (response != null) {
			Usage usage = response.usage();
			values.add(ChatKeyNames.RESPONSE_ID, response.id())
				.add(ChatKeyNames.RESPONSE_FINISH_REASONS, finishReason(response))
				.add(ChatKeyNames.USAGE_INPUT_TOKENS, usage.inputTokens())
				.add(ChatKeyNames.USAGE_OUTPUT_TOKENS, usage.outputTokens())
				.add(ChatKeyNames.USAGE_REASONING_OUTPUT_TOKENS, usage.reasoningTokens())
				.add(ChatKeyNames.USAGE_CACHE_READ_INPUT_TOKENS, usage.cachedTokens());
		}
		if (this.includeContent) {
			values.add(ChatKeyNames.SYSTEM_INSTRUCTIONS, ContentJson.systemInstructions(context.getMessages()))
				.add(ChatKeyNames.INPUT_MESSAGES, ContentJson.inputMessages(context.getMessages()))
				.add(ChatKeyNames.OUTPUT_MESSAGES, (response != null) ? ContentJson.outputMessages(response) : null);
		}
		return values.build();
	}

	private static String finishReason(ChatResponse response) {
		return (response.rawFinishReason() != null) ? response.rawFinishReason()
				: response.finishReason().name().toLowerCase(Locale.ROOT);
	}

}
