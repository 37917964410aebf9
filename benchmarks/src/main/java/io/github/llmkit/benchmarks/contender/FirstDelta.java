package io.github.llmkit.benchmarks.contender;

/**
 * Records when the first text delta of a stream reached the caller's code, for time-to-first-delta. Written
 * by whichever thread the library delivers deltas on; read by the benchmark thread after the stream returns.
 *
 * @since 0.1.0
 */
public final class FirstDelta {

	private volatile long arrivedAt;

	/**
	 * Forget the previous stream's first delta.
	 */
	public void reset() {
		this.arrivedAt = 0;
	}

	/**
	 * Note a text delta; only the first since {@link #reset()} is kept.
	 */
	public void delta() {
		if (this.arrivedAt == 0) {
			this.arrivedAt = System.nanoTime();
		}
	}

	/**
	 * Return the {@link System#nanoTime()} of the first delta since {@link #reset()}, or 0 if none came.
	 * @return the arrival time
	 */
	public long arrivedAt() {
		return this.arrivedAt;
	}

}
