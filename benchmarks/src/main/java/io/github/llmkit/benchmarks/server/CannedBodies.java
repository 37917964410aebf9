package io.github.llmkit.benchmarks.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed answers of the benchmark server, in the three wire families' real shapes. Every contender must
 * return exactly {@link #CHAT_TEXT} for a chat and {@link #streamText(int)} for a stream.
 *
 * @since 0.1.0
 */
public final class CannedBodies {

	/** The assistant's answer in every blocking reply. */
	public static final String CHAT_TEXT = "Hello! I am a canned benchmark answer. I do not think, I do not "
			+ "reason, I only return the same forty-odd words every time, so that the client's own cost is all "
			+ "that varies between one library and the next. Have a pleasant day.";

	/** The text of the first round of the tool loop: the model asks for the weather. */
	public static final String TOOL_ARGUMENTS = "{\"city\":\"Paris\"}";

	/** The answer of the second round of the tool loop. */
	public static final String TOOL_ANSWER = "It is 18 degrees and sunny in Paris.";

	private static final String OPENAI_USAGE = "{\"prompt_tokens\":12,\"completion_tokens\":42,\"total_tokens\":54,"
			+ "\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},\"completion_tokens_details\":"
			+ "{\"reasoning_tokens\":0,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}";

	private static final String OPENAI_CHUNK_HEAD = "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\","
			+ "\"created\":1767225600,\"model\":\"gpt-4o-mini-2024-07-18\",\"service_tier\":\"default\","
			+ "\"system_fingerprint\":\"fp_bench\",\"choices\":[";

	private CannedBodies() {
	}

	/**
	 * Return the text of the {@code n}th streamed delta (0-based).
	 * @param n the delta's position
	 * @return its text
	 */
	public static String delta(int n) {
		return "word" + (n % 10) + " ";
	}

	/**
	 * Return the whole text a stream of {@code chunks} deltas adds up to.
	 * @param chunks the number of content deltas
	 * @return the concatenated text
	 */
	public static String streamText(int chunks) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < chunks; i++) {
			text.append(delta(i));
		}
		return text.toString();
	}

	static byte[] openAiChat() {
		return utf8("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1767225600,"
				+ "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
				+ "\"content\":\"" + CHAT_TEXT + "\",\"refusal\":null,\"annotations\":[]},\"logprobs\":null,"
				+ "\"finish_reason\":\"stop\"}],\"usage\":" + OPENAI_USAGE + ",\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_bench\"}");
	}

	static byte[] openAiToolCall() {
		return utf8("{\"id\":\"chatcmpl-tool\",\"object\":\"chat.completion\",\"created\":1767225600,"
				+ "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
				+ "\"content\":null,\"tool_calls\":[{\"id\":\"call_bench1\",\"type\":\"function\",\"function\":"
				+ "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}],\"refusal\":null,"
				+ "\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}],\"usage\":" + OPENAI_USAGE
				+ ",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_bench\"}");
	}

	/** The typed answer of the {@code /typed/} route: an invoice as a model in strict mode writes it. */
	public static final String TYPED_ANSWER = "{\"number\":\"INV-2041\",\"customer\":\"Acme Tools GmbH\","
			+ "\"currency\":\"EUR\",\"lines\":[{\"description\":\"Cordless drill\",\"quantity\":2,"
			+ "\"unitPrice\":89.9},{\"description\":\"Drill bits\",\"quantity\":1,\"unitPrice\":12.5}],"
			+ "\"total\":192.3,\"notes\":null}";

	static byte[] openAiTypedAnswer() {
		String escaped = TYPED_ANSWER.replace("\"", "\\\"");
		return utf8("{\"id\":\"chatcmpl-typed\",\"object\":\"chat.completion\",\"created\":1767225600,"
				+ "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
				+ "\"content\":\"" + escaped + "\",\"refusal\":null,\"annotations\":[]},\"logprobs\":null,"
				+ "\"finish_reason\":\"stop\"}],\"usage\":" + OPENAI_USAGE + ",\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_bench\"}");
	}

	static byte[] openAiToolAnswer() {
		return utf8("{\"id\":\"chatcmpl-tool2\",\"object\":\"chat.completion\",\"created\":1767225600,"
				+ "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
				+ "\"content\":\"" + TOOL_ANSWER + "\",\"refusal\":null,\"annotations\":[]},\"logprobs\":null,"
				+ "\"finish_reason\":\"stop\"}],\"usage\":" + OPENAI_USAGE + ",\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_bench\"}");
	}

	static List<String> openAiStream(int chunks) {
		List<String> sse = new ArrayList<>();
		openAiEvent(sse, "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},"
				+ "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}");
		for (int i = 0; i < chunks; i++) {
			sse.add(openAiStreamEvent(i));
		}
		sse.addAll(openAiStreamEnd());
		return sse;
	}

	/**
	 * Return the SSE event of the {@code n}th content delta of an OpenAI stream.
	 */
	static String openAiStreamEvent(int n) {
		return "data: " + OPENAI_CHUNK_HEAD + "{\"index\":0,\"delta\":{\"content\":\"" + delta(n)
				+ "\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n";
	}

	/**
	 * Return the SSE events that end an OpenAI stream: finish reason, usage and {@code [DONE]}.
	 */
	static List<String> openAiStreamEnd() {
		List<String> sse = new ArrayList<>();
		openAiEvent(sse, "{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":null}");
		openAiEvent(sse, "],\"usage\":" + OPENAI_USAGE + "}");
		sse.add("data: [DONE]\n\n");
		return sse;
	}

	private static void openAiEvent(List<String> sse, String choicesAndRest) {
		sse.add("data: " + OPENAI_CHUNK_HEAD + choicesAndRest + "\n\n");
	}

	static byte[] anthropicChat() {
		return utf8("{\"id\":\"msg_bench\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-6\","
				+ "\"content\":[{\"type\":\"text\",\"text\":\"" + CHAT_TEXT + "\"}],\"stop_reason\":\"end_turn\","
				+ "\"stop_sequence\":null,\"usage\":{\"input_tokens\":12,\"cache_creation_input_tokens\":0,"
				+ "\"cache_read_input_tokens\":0,\"output_tokens\":42,\"service_tier\":\"standard\"}}");
	}

	static List<String> anthropicStream(int chunks) {
		List<String> sse = new ArrayList<>();
		anthropicEvent(sse, "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_bench\","
				+ "\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-6\",\"content\":[],"
				+ "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":12,"
				+ "\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":1}}}");
		anthropicEvent(sse, "content_block_start",
				"{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
		anthropicEvent(sse, "ping", "{\"type\": \"ping\"}");
		for (int i = 0; i < chunks; i++) {
			anthropicEvent(sse, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
					+ "\"delta\":{\"type\":\"text_delta\",\"text\":\"" + delta(i) + "\"}}");
		}
		anthropicEvent(sse, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
		anthropicEvent(sse, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
				+ "\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + chunks + "}}");
		anthropicEvent(sse, "message_stop", "{\"type\":\"message_stop\"}");
		return sse;
	}

	private static void anthropicEvent(List<String> sse, String name, String data) {
		sse.add("event: " + name + "\ndata: " + data + "\n\n");
	}

	static byte[] geminiChat() {
		return utf8("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"" + CHAT_TEXT + "\"}],\"role\":\"model\"},"
				+ "\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":12,"
				+ "\"candidatesTokenCount\":42,\"totalTokenCount\":54,\"promptTokensDetails\":[{\"modality\":\"TEXT\","
				+ "\"tokenCount\":12}]},\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"bench\"}");
	}

	static List<String> geminiStream(int chunks) {
		List<String> sse = new ArrayList<>();
		for (int i = 0; i < chunks; i++) {
			boolean last = (i == chunks - 1);
			sse.add(new StringBuilder().append("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"").append(delta(i))
				.append("\"}],\"role\":\"model\"}").append((last) ? ",\"finishReason\":\"STOP\"" : "")
				.append(",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":12,")
				.append((last) ? "\"candidatesTokenCount\":" + chunks + ",\"totalTokenCount\":" + (12 + chunks)
						: "\"totalTokenCount\":12")
				.append("},\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"bench\"}\r\n\r\n")
				.toString());
		}
		return sse;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
