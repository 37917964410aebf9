package io.github.llmkit.provider;

/**
 * How one OpenAI-compatible provider differs from OpenAI on the wire, as data. Mappers test these flags,
 * never the provider's identity.
 *
 * @param apiKeyRequired whether requests need an API key (Ollama: no)
 * @param maxTokensField the request field for the output limit: {@code max_completion_tokens} or {@code max_tokens}
 * @param seedField the request field for the seed ({@code seed}, Mistral's {@code random_seed}), or null when the provider takes none
 * @param dimensionsField the embeddings request field for the vector size ({@code dimensions}, Mistral's {@code output_dimension})
 * @param streamUsageOption whether to send {@code stream_options.include_usage} on streams
 * @param toolChoiceSupported whether {@code tool_choice} may be sent (Ollama ignores it)
 * @param requiredToolChoice the spelling of "must call a tool": {@code required} or Mistral's {@code any}
 * @param shortToolCallIds whether tool-call ids sent back must be 9 letters or digits (Mistral)
 * @param echoReasoningContent whether assistant turns with tool calls must carry their {@code reasoning_content} back (DeepSeek)
 * @param reasoningModelRules whether reasoning models are detected by id and sent {@code reasoning_effort} with no sampling parameters (OpenAI o-series, gpt-5)
 * @param attributionHeaders whether the app URL and title are sent as {@code HTTP-Referer} and {@code X-Title} (OpenRouter)
 * @param bridgeToolToUser whether a short assistant message is inserted between a tool result and a directly following user message, which the provider rejects (Mistral)
 * @param reasoningObject whether reasoning settings go out as a {@code reasoning} object ({@code effort}, or {@code max_tokens} from the thinking budget) instead of a top-level {@code reasoning_effort}, and an assistant turn's {@code reasoning_details} go back unchanged (OpenRouter)
 * @since 0.1.0
 */
public record ProviderQuirks(boolean apiKeyRequired, String maxTokensField, String seedField, String dimensionsField, boolean streamUsageOption, boolean toolChoiceSupported, String requiredToolChoice, boolean shortToolCallIds, boolean echoReasoningContent, boolean reasoningModelRules, boolean attributionHeaders, boolean bridgeToolToUser, boolean reasoningObject) {

	/**
	 * Return OpenAI's own behaviour, the base every compatible provider starts from.
	 * @return the OpenAI quirks
	 */
	public static ProviderQuirks openAi() {
		return new ProviderQuirks(true, "max_completion_tokens", "seed", "dimensions", true, true, "required", false,
				false, true, false, false, false);
	}

	/**
	 * Return the quirks of a plain compatible provider: {@code max_tokens}, no reasoning-model rules.
	 * @return the compatible quirks
	 */
	public static ProviderQuirks compatible() {
		return new ProviderQuirks(true, "max_tokens", "seed", "dimensions", true, true, "required", false, false,
				false, false, false, false);
	}

	/**
	 * Return a copy with {@code apiKeyRequired} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withApiKeyRequired(boolean value) {
		return new ProviderQuirks(value, this.maxTokensField, this.seedField, this.dimensionsField, this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds, this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code seedField} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withSeedField(String value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, value, this.dimensionsField, this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds, this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code dimensionsField} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withDimensionsField(String value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, value, this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds, this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code streamUsageOption} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withStreamUsageOption(boolean value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField, value, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds, this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code toolChoiceSupported} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withToolChoiceSupported(boolean value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField, this.streamUsageOption, value, this.requiredToolChoice, this.shortToolCallIds, this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code requiredToolChoice} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withRequiredToolChoice(String value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField, this.streamUsageOption, this.toolChoiceSupported, value, this.shortToolCallIds, this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code shortToolCallIds} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withShortToolCallIds(boolean value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField, this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, value, this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code echoReasoningContent} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withEchoReasoningContent(boolean value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField, this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds, value, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code attributionHeaders} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withAttributionHeaders(boolean value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField, this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds, this.echoReasoningContent, this.reasoningModelRules, value, this.bridgeToolToUser, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code bridgeToolToUser} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withBridgeToolToUser(boolean value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField,
				this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds,
				this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, value, this.reasoningObject);
	}

	/**
	 * Return a copy with {@code reasoningObject} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public ProviderQuirks withReasoningObject(boolean value) {
		return new ProviderQuirks(this.apiKeyRequired, this.maxTokensField, this.seedField, this.dimensionsField,
				this.streamUsageOption, this.toolChoiceSupported, this.requiredToolChoice, this.shortToolCallIds,
				this.echoReasoningContent, this.reasoningModelRules, this.attributionHeaders, this.bridgeToolToUser,
				value);
	}

}
