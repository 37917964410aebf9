package io.github.llmkit.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A blocking chat call: latency on one thread (mean and percentiles) and throughput with 16 concurrent callers
 * sharing one client.
 *
 * @since 0.1.0
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g", "-Djmh.shutdownTimeout=1" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class ChatBenchmark {

	/**
	 * Send one chat and return its text.
	 * @param target the contender
	 * @return the answer
	 */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public String chat(OpenAiTarget target) {
		return target.client().chat();
	}

	/**
	 * Send one chat from each of 16 threads at once.
	 * @param target the contender
	 * @return the answer
	 */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Threads(16)
	public String chatConcurrent(OpenAiTarget target) {
		return target.client().chat();
	}

}
