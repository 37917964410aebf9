package io.github.llmkit.benchmarks.scale;

import java.util.concurrent.CountDownLatch;

/**
 * What one stream of the run did: when it was opened, when its first text arrived, when it ended, its text and
 * its failure. A contender calls {@link #text}, then {@link #complete} or {@link #fail}, serially per stream.
 *
 * @since 0.1.0
 */
public final class StreamRecord {

	private final CountDownLatch finished;

	private final StringBuilder text = new StringBuilder();

	private volatile long opened;

	private volatile long firstText;

	private volatile long ended;

	private volatile Throwable failure;

	StreamRecord(CountDownLatch finished) {
		this.finished = finished;
	}

	void opened() {
		this.opened = System.nanoTime();
	}

	/**
	 * Record a piece of text.
	 * @param piece the text of one delta
	 */
	public void text(String piece) {
		if (this.firstText == 0) {
			this.firstText = System.nanoTime();
		}
		synchronized (this.text) {
			this.text.append(piece);
		}
	}

	/**
	 * Record the normal end of the stream.
	 */
	public void complete() {
		this.ended = System.nanoTime();
		this.finished.countDown();
	}

	/**
	 * Record the failure of the stream.
	 * @param ex what failed
	 */
	public void fail(Throwable ex) {
		this.failure = ex;
		this.ended = System.nanoTime();
		this.finished.countDown();
	}

	boolean succeeded(String expected) {
		if (this.ended == 0 || this.failure != null) {
			return false;
		}
		synchronized (this.text) {
			return this.text.toString().equals(expected);
		}
	}

	long openedNanos() {
		return this.opened;
	}

	long endedNanos() {
		return this.ended;
	}

	long timeToFirstTextNanos() {
		return (this.firstText != 0) ? this.firstText - this.opened : -1;
	}

	Throwable failure() {
		return this.failure;
	}

	String describe(String expected) {
		if (this.failure != null) {
			return this.failure.getClass().getSimpleName() + ": " + this.failure.getMessage();
		}
		synchronized (this.text) {
			return "text mismatch: got " + this.text.length() + " chars, expected " + expected.length();
		}
	}

}
