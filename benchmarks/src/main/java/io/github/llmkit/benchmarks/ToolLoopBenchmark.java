package io.github.llmkit.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.llmkit.benchmarks.contender.Contenders;
import io.github.llmkit.benchmarks.contender.ToolLoopContender;
import io.github.llmkit.benchmarks.server.CannedBodies;
import io.github.llmkit.benchmarks.server.ServerProcess;
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
 * A two-round tool loop (the model asks for {@code get_weather}, then answers): llmkit's {@code ToolRegistry}
 * against the same loop written by hand on the Apache floor.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g", "-Djmh.shutdownTimeout=1" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ToolLoopBenchmark {

	/** {@code apache} or {@code llmkit}. */
	@Param({ "apache", "llmkit" })
	public String contender;

	private ServerProcess server;

	private ToolLoopContender client;

	/**
	 * Start the server and the contender and check its answer.
	 */
	@Setup(Level.Trial)
	public void start() {
		this.server = ServerProcess.start(1);
		this.client = Contenders.toolLoop(this.contender, this.server.rootUrl());
		String answer = this.client.toolLoop();
		if (!CannedBodies.TOOL_ANSWER.equals(answer)) {
			throw new IllegalStateException(this.contender + " ended the tool loop with the wrong answer: " + answer);
		}
	}

	/**
	 * Run the loop to its answer.
	 * @return the answer
	 */
	@Benchmark
	public String toolLoop() {
		return this.client.toolLoop();
	}

	/**
	 * Stop the contender and the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.client.close();
		this.server.close();
	}

}
