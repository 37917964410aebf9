package io.github.llmkit.benchmarks.contender;

import java.time.Duration;

import io.github.llmkit.ProviderType;

/**
 * The contenders by name, and what they all send: one user message, the same model, temperature and token
 * limit.
 *
 * @since 0.1.0
 */
public final class Contenders {

	/** The only user message of every request. */
	public static final String PROMPT = "Say hello to the benchmark.";

	/** The model every OpenAI contender asks for. */
	public static final String OPENAI_MODEL = "gpt-4o-mini";

	/** The model of the Anthropic requests. */
	public static final String CLAUDE_MODEL = "claude-sonnet-4-6";

	/** The model of the Gemini requests. */
	public static final String GEMINI_MODEL = "gemini-2.5-flash";

	/** The API key sent by every contender (the server does not check it). */
	public static final String API_KEY = "bench-key";

	/** The sampling temperature of every request. */
	public static final double TEMPERATURE = 0.7;

	/** The output token limit of every request. */
	public static final int MAX_TOKENS = 1024;

	/** The connection pool size, where a contender lets one set it: above the 16 concurrent callers. */
	public static final int MAX_CONNECTIONS = 32;

	/** How long an idle pooled connection is kept, where a contender requires it with the pool size. */
	public static final Duration KEEP_ALIVE = Duration.ofMinutes(5);

	private Contenders() {
	}

	/**
	 * Create an OpenAI-format contender by name.
	 * @param name one of {@code apache}, {@code lean}, {@code jdk}, {@code llmkit}, {@code springai}, {@code langchain4j},
	 * {@code openai}
	 * @param root the benchmark server's root URL
	 * @return the contender
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static ChatContender openAi(String name, String root) {
		String baseUrl = root + "/v1";
		return switch (name) {
			case "apache" -> new ApacheFloor(FloorWire.OPENAI, root);
			case "lean" -> new ApacheLeanFloor(root);
			case "jdk" -> new JdkFloor(FloorWire.OPENAI, root);
			case "llmkit" -> new LlmkitContender(ProviderType.OPENAI, baseUrl, OPENAI_MODEL);
			case "springai" -> new SpringAiContender(baseUrl);
			case "langchain4j" -> new LangChain4jContender(baseUrl);
			case "openai" -> new OpenAiJavaContender(baseUrl);
			default -> throw new IllegalArgumentException("Unknown contender '" + name
					+ "'; known: apache, lean, jdk, llmkit, springai, langchain4j, openai");
		};
	}

	/**
	 * Create a contender for another wire family: the Apache floor or llmkit.
	 * @param name {@code apache} or {@code llmkit}
	 * @param family {@code claude} or {@code gemini}
	 * @param root the benchmark server's root URL
	 * @return the contender
	 * @throws IllegalArgumentException for an unknown name or family
	 */
	public static ChatContender family(String name, String family, String root) {
		FloorWire wire = switch (family) {
			case "claude" -> FloorWire.ANTHROPIC;
			case "gemini" -> FloorWire.GEMINI;
			default -> throw new IllegalArgumentException("Unknown family '" + family + "'; known: claude, gemini");
		};
		return switch (name) {
			case "apache" -> new ApacheFloor(wire, root);
			case "llmkit" -> new LlmkitContender(ProviderType.fromId(family),
					root + ((wire == FloorWire.GEMINI) ? "/v1beta" : "/v1"), wire.model());
			default -> throw new IllegalArgumentException("Unknown contender '" + name + "'; known: apache, llmkit");
		};
	}

	/**
	 * Create a tool-loop contender by name.
	 * @param name {@code apache} or {@code llmkit}
	 * @param root the benchmark server's root URL
	 * @return the contender
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static ToolLoopContender toolLoop(String name, String root) {
		String baseUrl = root + "/tools/v1";
		return switch (name) {
			case "apache" -> new ApacheToolLoop(baseUrl);
			case "llmkit" -> new LlmkitToolLoop(baseUrl);
			default -> throw new IllegalArgumentException("Unknown contender '" + name + "'; known: apache, llmkit");
		};
	}

	static void requireOk(int status) {
		if (status != 200) {
			throw new IllegalStateException("The benchmark server answered HTTP " + status);
		}
	}

}
