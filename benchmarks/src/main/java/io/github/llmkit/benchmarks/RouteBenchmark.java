package io.github.llmkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.LlmException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.benchmarks.contender.Contenders;
import io.github.llmkit.benchmarks.server.ServerProcess;
import io.github.llmkit.chat.Message;
import io.github.llmkit.route.LlmRoute;
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

/**
 * What a failover route costs: a chat through a route whose first member is healthy against the same chat on
 * the member directly, and a chat whose first member fails (connection refused, no retries) against that
 * failed attempt alone plus a direct chat, and against the same two calls made one after the other on the plain
 * clients ({@code failedThenDirect}), which separates what the route adds from what alternating the two costs.
 *
 * @since 0.1.0
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g", "-Djmh.shutdownTimeout=1" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class RouteBenchmark {

	/**
	 * Send one chat along the chosen path.
	 * @param target the path
	 * @return the answer, or the failure's message for the failed attempt alone
	 */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public String chat(Target target) {
		return target.chat();
	}

	/**
	 * A client or route on the benchmark server: {@code direct} (the member alone), {@code route} (healthy first
	 * member), {@code failover} (the first member refuses connections, the second answers) and
	 * {@code failedAttempt} (the refusing member alone) and {@code failedThenDirect} (the refusing member, then the
	 * healthy one, without a route).
	 */
	@State(Scope.Benchmark)
	public static class Target {

		/** The path measured. */
		@Param({ "direct", "route", "failover", "failedAttempt", "failedThenDirect" })
		public String path;

		private ServerProcess server;

		private LlmClient healthy;

		private LlmClient refusing;

		private LlmClient measured;

		private final List<Message> conversation = List.of(Message.user(Contenders.PROMPT));

		/**
		 * Start the server and build the clients, checking the answer of the measured path.
		 */
		@Setup(Level.Trial)
		public void start() {
			this.server = ServerProcess.start(1);
			this.healthy = client("healthy", this.server.rootUrl() + "/v1");
			this.refusing = client("refusing", "http://127.0.0.1:" + closedPort() + "/v1");
			this.measured = switch (this.path) {
				case "direct" -> this.healthy;
				case "route" -> LlmRoute.builder("route").member(this.healthy).member(this.refusing).build();
				case "failover" -> LlmRoute.builder("route").member(this.refusing).member(this.healthy).build();
				case "failedAttempt" -> this.refusing;
				case "failedThenDirect" -> this.healthy;
				default -> throw new IllegalArgumentException("Unknown path '" + this.path + "'");
			};
			String answer = chat();
			if (answer.isEmpty()) {
				throw new IllegalStateException(this.path + " returned an empty answer");
			}
		}

		/**
		 * Send one chat along the path.
		 * @return the answer text, or the failure's message for the failed attempt alone
		 */
		public String chat() {
			if ("failedThenDirect".equals(this.path)) {
				return failThenAnswer();
			}
			try {
				return this.measured.chat(this.conversation).text();
			}
			catch (LlmException ex) {
				if (!"failedAttempt".equals(this.path)) {
					throw ex;
				}
				return ex.getMessage();
			}
		}

		private String failThenAnswer() {
			try {
				this.refusing.chat(this.conversation);
				throw new IllegalStateException("The refusing member answered");
			}
			catch (LlmException ex) {
				return this.healthy.chat(this.conversation).text();
			}
		}

		/**
		 * Close the clients and stop the server.
		 */
		@TearDown(Level.Trial)
		public void stop() {
			this.healthy.close();
			this.refusing.close();
			this.server.close();
		}

		private static LlmClient client(String name, String baseUrl) {
			return LlmClients.create(ProviderType.OPENAI, ClientConfig.builder()
				.name(name)
				.apiKey(Contenders.API_KEY)
				.baseUrl(baseUrl)
				.model(Contenders.OPENAI_MODEL)
				.retries(0)
				.maxConnections(Contenders.MAX_CONNECTIONS)
				.build());
		}

		private static int closedPort() {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
