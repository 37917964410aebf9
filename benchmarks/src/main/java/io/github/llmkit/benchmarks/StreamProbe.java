package io.github.llmkit.benchmarks;

import io.github.llmkit.benchmarks.contender.FirstDelta;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread time-to-first-delta counters, reported by JMH beside the stream time: the mean time to the first
 * delta is {@code firstDeltaNanos / streams}.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class StreamProbe {

	/** Nanoseconds from the call to its first delta, summed over the iteration's streams. */
	public long firstDeltaNanos;

	/** Streams measured in the iteration. */
	public long streams;

	private final FirstDelta probe = new FirstDelta();

	/**
	 * Start a new iteration's sums.
	 */
	@Setup(Level.Iteration)
	public void clear() {
		this.firstDeltaNanos = 0;
		this.streams = 0;
	}

	FirstDelta begin() {
		this.probe.reset();
		return this.probe;
	}

	void end(long startNanos) {
		this.firstDeltaNanos += this.probe.arrivedAt() - startNanos;
		this.streams++;
	}

}
