package io.github.llmkit.test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How one OpenAI-compatible provider differs on the wire, as data: id formats, error shape, reasoning field,
 * where stream usage goes, how mid-stream errors look, SSE comments, models, embeddings and small quirks.
 *
 * @param id the provider id
 * @param chatIds the completion id format
 * @param callIds the tool-call id format
 * @param errors the error body shape
 * @param reasoningField the message/delta field carrying reasoning text, or null when none is returned
 * @param streamUsage where usage goes in a stream
 * @param midStream how an error after the 200 is sent
 * @param comment the SSE comment sent as keep-alive, or null
 * @param fingerprint the {@code system_fingerprint} value, or null to omit it
 * @param models the model ids listed by {@code GET /models}; the first is the default
 * @param embedding the embeddings endpoint, or null when the provider has none
 * @param quirks further behaviours
 */
record OpenAiPersonality(String id, IdFormat chatIds, IdFormat callIds, ErrorShape errors, String reasoningField,
		UsagePlacement streamUsage, MidStream midStream, String comment, String fingerprint, List<String> models,
		Embedding embedding, Set<Quirk> quirks) {

	static final OpenAiPersonality OPENAI = new OpenAiPersonality("openai", IdFormat.CHATCMPL, IdFormat.CALL_24,
			ErrorShape.OPENAI, null, UsagePlacement.OPT_IN_CHUNK, MidStream.DATA_ERROR, null, "fp_29330a9688",
			List.of("gpt-4o", "gpt-4o-mini", "o3-mini", "gpt-5", "text-embedding-3-small"),
			new Embedding("text-embedding-3-small", 1536, "dimensions"),
			EnumSet.of(Quirk.OBFUSCATION, Quirk.REFUSAL_FIELD, Quirk.STRICT_OPENAI_FIELDS));

	static final OpenAiPersonality GROK = new OpenAiPersonality("grok", IdFormat.UUID, IdFormat.CALL_24,
			ErrorShape.XAI_FLAT, "reasoning_content", UsagePlacement.OPT_IN_CHUNK, MidStream.DATA_ERROR, null,
			"fp_2a885414fb", List.of("grok-3", "grok-3-mini", "grok-4"), null,
			EnumSet.of(Quirk.FINISH_KEY_ABSENT, Quirk.NO_LOGPROBS_KEY, Quirk.REASONING_OUTSIDE_COMPLETION,
					Quirk.BAD_KEY_IS_400));

	static final OpenAiPersonality GROQ = new OpenAiPersonality("groq", IdFormat.CHATCMPL_UUID, IdFormat.LOWER_9,
			ErrorShape.GROQ, "reasoning", UsagePlacement.FINISH_CHUNK, MidStream.EVENT_ERROR, null, "fp_c06d5113ec",
			List.of("llama-3.3-70b-versatile", "llama-3.1-8b-instant", "openai/gpt-oss-20b"), null,
			EnumSet.of(Quirk.X_GROQ, Quirk.WHOLE_TOOL_CALLS, Quirk.CONTENT_ABSENT_WITH_TOOLS,
					Quirk.REJECTS_LOGPROBS_AND_NAMES));

	static final OpenAiPersonality OPENROUTER = new OpenAiPersonality("openrouter", IdFormat.GEN, IdFormat.CALL_24,
			ErrorShape.OPENROUTER, "reasoning", UsagePlacement.ALWAYS_CHUNK, MidStream.FINISH_ERROR,
			"OPENROUTER PROCESSING", null,
			List.of("openai/gpt-4o", "anthropic/claude-sonnet-4.5", "google/gemini-2.5-flash",
					"openai/text-embedding-3-small"),
			new Embedding("openai/text-embedding-3-small", 1536, "dimensions"),
			EnumSet.of(Quirk.NATIVE_FINISH_REASON, Quirk.REASONING_DETAILS));

	static final OpenAiPersonality OLLAMA = new OpenAiPersonality("ollama", IdFormat.OLLAMA, IdFormat.CALL_8,
			ErrorShape.OPENAI, "reasoning", UsagePlacement.OPT_IN_CHUNK, MidStream.SILENT_EOF, null, "fp_ollama",
			List.of("llama3.2", "qwen3:8b", "nomic-embed-text"), new Embedding("nomic-embed-text", 768, "dimensions"),
			EnumSet.of(Quirk.NO_AUTH, Quirk.WHOLE_TOOL_CALLS, Quirk.PLAIN_USAGE, Quirk.PULL_MODELS));

	static final OpenAiPersonality DEEPSEEK = new OpenAiPersonality("deepseek", IdFormat.UUID, IdFormat.CALL_24,
			ErrorShape.OPENAI, "reasoning_content", UsagePlacement.FINISH_CHUNK, MidStream.DATA_ERROR, "keep-alive",
			"fp_3a5770e1b4", List.of("deepseek-chat", "deepseek-reasoner"), null,
			EnumSet.of(Quirk.BLANK_LINES_BEFORE_JSON, Quirk.CACHE_HIT_USAGE, Quirk.NO_MODEL_CREATED));

	static final OpenAiPersonality MISTRAL = new OpenAiPersonality("mistral", IdFormat.HEX_32, IdFormat.ALNUM_9,
			ErrorShape.MISTRAL, null, UsagePlacement.LAST_CONTENT_CHUNK, MidStream.DATA_ERROR, null, null,
			List.of("mistral-large-latest", "mistral-small-latest", "mistral-embed"),
			new Embedding("mistral-embed", 1024, "output_dimension"),
			EnumSet.of(Quirk.WHOLE_TOOL_CALLS, Quirk.NO_LOGPROBS_KEY, Quirk.THINKING_CHUNKS, Quirk.PLAIN_USAGE,
					Quirk.STRICT_MISTRAL_FIELDS));

	OpenAiPersonality {
		models = List.copyOf(models);
		quirks = (quirks.isEmpty()) ? Set.of() : EnumSet.copyOf(quirks);
	}

	boolean has(Quirk quirk) {
		return this.quirks.contains(quirk);
	}

	String newChatId(Ids ids) {
		return this.chatIds.next(ids);
	}

	String newCallId(Ids ids) {
		return this.callIds.next(ids);
	}

	/**
	 * An embeddings endpoint: its default model, default vector size and the request field that changes the size.
	 */
	record Embedding(String model, int dimensions, String dimensionsField) {
	}

	enum IdFormat {

		CHATCMPL, CHATCMPL_UUID, UUID, GEN, OLLAMA, HEX_32, CALL_24, CALL_8, LOWER_9, ALNUM_9;

		String next(Ids ids) {
			return switch (this) {
				case CHATCMPL -> "chatcmpl-" + ids.alnum(29);
				case CHATCMPL_UUID -> "chatcmpl-" + ids.uuid();
				case UUID -> ids.uuid();
				case GEN -> "gen-" + (1769090000 + ids.number(100000)) + "-" + ids.alnum(20);
				case OLLAMA -> "chatcmpl-" + ids.number(999);
				case HEX_32 -> ids.hex(32);
				case CALL_24 -> "call_" + ids.alnum(24);
				case CALL_8 -> "call_" + ids.lower(8);
				case LOWER_9 -> ids.lower(9);
				case ALNUM_9 -> ids.alnum(9);
			};
		}

	}

	enum ErrorShape {

		/** {@code {"error":{message,type,param,code}}}. */
		OPENAI,
		/** OpenAI's shape without {@code param}. */
		GROQ,
		/** Flat {@code {"code":"..","error":".."}}. */
		XAI_FLAT,
		/** Unwrapped {@code {"object":"error",message,type,param,code}}. */
		MISTRAL,
		/** {@code {"error":{"code":<http status>,message,metadata}}}. */
		OPENROUTER

	}

	enum UsagePlacement {

		/** A {@code choices:[]} chunk only with {@code stream_options.include_usage}. */
		OPT_IN_CHUNK,
		/** A {@code choices:[]} chunk always. */
		ALWAYS_CHUNK,
		/** On the separate finish chunk. */
		FINISH_CHUNK,
		/** Finish reason and usage on the last content chunk, no separate finish chunk. */
		LAST_CONTENT_CHUNK

	}

	enum MidStream {

		/** {@code data: {"error":{...}}}. */
		DATA_ERROR,
		/** {@code event: error} then {@code data: {"error":{...}}}. */
		EVENT_ERROR,
		/** A chunk with a top-level {@code error} and {@code finish_reason:"error"}. */
		FINISH_ERROR,
		/** A stray empty chunk, then end of stream. */
		SILENT_EOF

	}

	enum Quirk {

		NO_AUTH, BAD_KEY_IS_400, OBFUSCATION, REFUSAL_FIELD, FINISH_KEY_ABSENT, NO_LOGPROBS_KEY,
		REASONING_OUTSIDE_COMPLETION, X_GROQ, WHOLE_TOOL_CALLS, CONTENT_ABSENT_WITH_TOOLS, NATIVE_FINISH_REASON,
		BLANK_LINES_BEFORE_JSON, CACHE_HIT_USAGE, THINKING_CHUNKS, STRICT_OPENAI_FIELDS, STRICT_MISTRAL_FIELDS,
		REJECTS_LOGPROBS_AND_NAMES, PLAIN_USAGE, PULL_MODELS, REASONING_DETAILS,
		NO_MODEL_CREATED

	}

}
