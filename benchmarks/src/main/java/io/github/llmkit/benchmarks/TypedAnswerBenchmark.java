package io.github.llmkit.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.LlmClient;
import io.github.llmkit.benchmarks.contender.ChatContender;
import io.github.llmkit.benchmarks.contender.Contenders;
import io.github.llmkit.benchmarks.contender.LlmkitContender;
import io.github.llmkit.benchmarks.server.CannedBodies;
import io.github.llmkit.benchmarks.server.ServerProcess;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.structured.AnswerType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typed answer's client-side cost, on a route that answers an invoice as JSON text. Modes: {@code text}, the
 * call returning the text; {@code typed}, the same call returning a record (llmkit: the schema sent as strict
 * {@code json_schema}, rewritten once and then cached, the answer validated with networknt and bound with
 * Jackson; floor: Jackson binds the text, unchecked); {@code read}, no HTTP: parse, validation and binding of the
 * answer alone (floor: binding alone).
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g", "-Djmh.shutdownTimeout=1" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TypedAnswerBenchmark {

	private static final AnswerType<Invoice> INVOICE = AnswerType.of(Invoice.class);

	private static final List<Message> MESSAGES = List.of(Message.user(Contenders.PROMPT));

	private static final JsonMapper JSON = JsonMapper.shared();

	/** {@code apache} or {@code llmkit}. */
	@Param({ "apache", "llmkit" })
	public String contender;

	/** {@code text}, {@code typed} or {@code read}. */
	@Param({ "text", "typed", "read" })
	public String mode;

	private ServerProcess server;

	private ChatContender chat;

	private LlmClient client;

	private ChatResponse answer;

	/**
	 * Start the server and the contender, and check that both calls give the canned invoice.
	 */
	@Setup(Level.Trial)
	public void start() {
		this.server = ServerProcess.start(1);
		this.chat = Contenders.openAi(this.contender, this.server.rootUrl() + "/typed");
		if (this.chat instanceof LlmkitContender llmkit) {
			this.client = llmkit.client();
			this.answer = this.client.chat(MESSAGES, INVOICE.applyTo(ChatOptions.none()));
			if (!CannedBodies.TYPED_ANSWER.equals(this.answer.text())) {
				throw new IllegalStateException("The typed route answered " + this.answer.text());
			}
		}
		Object invoice = call();
		if (this.mode.equals("text") ? !CannedBodies.TYPED_ANSWER.equals(invoice)
				: ((Invoice) invoice).lines().size() != 2 || ((Invoice) invoice).total() != 192.3) {
			throw new IllegalStateException(this.contender + " read the typed answer wrongly: " + invoice);
		}
	}

	/**
	 * Make the call of the chosen mode.
	 * @return the answer
	 */
	@Benchmark
	public Object call() {
		if (this.client == null) {
			return switch (this.mode) {
				case "text" -> this.chat.chat();
				case "typed" -> JSON.readValue(this.chat.chat(), Invoice.class);
				default -> JSON.readValue(CannedBodies.TYPED_ANSWER, Invoice.class);
			};
		}
		return switch (this.mode) {
			case "text" -> this.client.chat(MESSAGES).text();
			case "typed" -> this.client.chat(MESSAGES, INVOICE, null);
			default -> INVOICE.read(this.answer);
		};
	}

	/**
	 * Stop the contender and the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.chat.close();
		this.server.close();
	}

	/**
	 * The typed answer.
	 *
	 * @param number the invoice number
	 * @param customer the customer
	 * @param currency the currency code
	 * @param lines the billed items
	 * @param total the amount due
	 * @param notes remarks, if any
	 */
	public record Invoice(String number, String customer, String currency, List<Line> lines, double total,
			Optional<String> notes) {
	}

	/**
	 * One billed item.
	 *
	 * @param description what was sold
	 * @param quantity how many
	 * @param unitPrice the price of one
	 */
	public record Line(String description, int quantity, double unitPrice) {
	}

}
