package io.github.llmkit.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Consuming a 200-delta Claude (named events) or Gemini ({@code alt=sse}) stream: llmkit against the Apache
 * floor on the same wire family.
 *
 * @since 0.1.0
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g", "-Djmh.shutdownTimeout=1" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FamilyStreamBenchmark {

	/**
	 * Stream one answer to its end.
	 * @param target the contender and family
	 * @param probe the first-delta counters
	 * @return the streamed text
	 */
	@Benchmark
	public String stream(FamilyTarget target, StreamProbe probe) {
		long start = System.nanoTime();
		String text = target.client().stream(probe.begin());
		probe.end(start);
		return text;
	}

}
