package io.github.llmkit.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes of a body through and fails with a {@link BodyLimitException} as soon as
 * one more arrives, so no reader ever holds more than the limit.
 */
final class CappedInputStream extends FilterInputStream {

	private final String subject;

	private final long limit;

	private long count;

	CappedInputStream(InputStream in, String subject, long limit) {
		super(in);
		this.subject = subject;
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		long allowed = this.limit - this.count + 1;
		int read = this.in.read(buffer, offset, (int) Math.min(length, allowed));
		if (read > 0) {
			count(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = this.in.skip(Math.min(n, this.limit - this.count + 1));
		count(skipped);
		return skipped;
	}

	/**
	 * Ignore a reader's close (Jackson closes its source): the transport ends the body with {@link #finish()}.
	 */
	@Override
	public void close() {
	}

	/**
	 * Read what is left up to the end, within the limit, and close the body, so that the connection can be
	 * reused.
	 */
	void finish() throws IOException {
		byte[] scratch = new byte[256];
		while (read(scratch, 0, scratch.length) >= 0) {
			// discard
		}
		this.in.close();
	}

	private void count(long read) throws BodyLimitException {
		this.count += read;
		if (this.count > this.limit) {
			throw new BodyLimitException(this.subject, this.limit);
		}
	}

}
