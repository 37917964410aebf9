package io.github.llmkit.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a server-sent event stream into events, following the WHATWG rules: LF, CR or CRLF line ends, a
 * leading UTF-8 byte order mark dropped, {@code :} comment lines skipped, one optional space after the colon
 * removed, several {@code data:} lines joined with a newline, an event dispatched on a blank line. Reads the
 * bytes through one small buffer and decodes only the values it returns, so a multi-byte character split
 * across reads is decoded whole. Knows nothing of HTTP or JSON.
 *
 * @since 0.1.0
 */
public final class SseReader {

	/** The default limit of one line and of one event's data, in bytes. */
	public static final int DEFAULT_MAX_EVENT_SIZE = 16 * 1024 * 1024;

	private static final int INITIAL_CAPACITY = 1024;

	private static final int SHRINK_ABOVE = 64 * 1024;

	private final InputStream in;

	private final int maxEventSize;

	private byte[] buffer = new byte[INITIAL_CAPACITY];

	/** Start of the unread bytes, which run to {@link #end}. */
	private int start;

	private int end;

	private int lineStart;

	private int lineLength;

	private boolean skipLf;

	private boolean firstLine = true;

	private boolean eof;

	/**
	 * Create a reader over a UTF-8 byte stream, with lines and events of at most
	 * {@link #DEFAULT_MAX_EVENT_SIZE} bytes.
	 * @param in the stream; not closed by this reader
	 */
	public SseReader(InputStream in) {
		this(in, DEFAULT_MAX_EVENT_SIZE);
	}

	/**
	 * Create a reader over a UTF-8 byte stream.
	 * @param in the stream; not closed by this reader
	 * @param maxEventSize the longest line and the most data bytes of one event (positive); a longer one fails
	 * the read instead of growing the buffer
	 */
	public SseReader(InputStream in, int maxEventSize) {
		if (maxEventSize <= 0) {
			throw new IllegalArgumentException("'maxEventSize' must be positive, was " + maxEventSize);
		}
		this.in = in;
		this.maxEventSize = maxEventSize;
	}

	/**
	 * Read the next event, blocking until it is complete.
	 * @return the event, or null at the end of the stream
	 * @throws IOException if reading fails, or a line or an event's data passes the size limit
	 */
	public SseEvent next() throws IOException {
		String event = null;
		String data = null;
		StringBuilder moreData = null;
		int dataBytes = 0;
		while (readLine()) {
			byte[] line = this.buffer;
			int from = this.lineStart;
			int length = this.lineLength;
			if (length == 0) {
				if (data != null) {
					return new SseEvent(event, (moreData != null) ? moreData.toString() : data);
				}
				event = null;
				continue;
			}
			if (line[from] == ':') {
				continue;
			}
			int colon = indexOfColon(line, from, length);
			int fieldLength = (colon >= 0) ? colon - from : length;
			if (isField(line, from, fieldLength, "data")) {
				String value = valueAfter(line, from, length, colon);
				dataBytes += length - fieldLength;
				if (dataBytes > this.maxEventSize) {
					throw new BodyLimitException("one stream event", this.maxEventSize);
				}
				if (data == null) {
					data = value;
				}
				else {
					if (moreData == null) {
						moreData = new StringBuilder(data);
					}
					moreData.append('\n').append(value);
				}
			}
			else if (isField(line, from, fieldLength, "event")) {
				event = valueAfter(line, from, length, colon);
			}
		}
		// A last event without its blank line is still delivered: some servers close right after it.
		return (data != null) ? new SseEvent(event, (moreData != null) ? moreData.toString() : data) : null;
	}

	/**
	 * Find the next line in the buffer, reading more as needed; on return the line is
	 * {@code buffer[lineStart, lineStart + lineLength)}, valid until the next call.
	 */
	private boolean readLine() throws IOException {
		int scan = this.start;
		while (true) {
			if (this.skipLf && scan < this.end) {
				this.skipLf = false;
				if (this.buffer[scan] == '\n') {
					scan = ++this.start;
				}
			}
			for (int i = scan; i < this.end; i++) {
				byte b = this.buffer[i];
				if (b == '\n' || b == '\r') {
					this.skipLf = (b == '\r');
					return line(this.start, i - this.start, i + 1);
				}
			}
			int scanned = this.end - this.start;
			if (scanned > this.maxEventSize) {
				throw new BodyLimitException("one stream line", this.maxEventSize);
			}
			if (this.eof || !fill()) {
				this.eof = true;
				return (scanned > 0) && line(this.start, scanned, this.end);
			}
			scan = this.start + scanned;
		}
	}

	private boolean line(int from, int length, int next) {
		if (this.firstLine) {
			this.firstLine = false;
			if (length >= 3 && this.buffer[from] == (byte) 0xEF && this.buffer[from + 1] == (byte) 0xBB
					&& this.buffer[from + 2] == (byte) 0xBF) {
				from += 3;
				length -= 3;
			}
		}
		this.lineStart = from;
		this.lineLength = length;
		this.start = next;
		return true;
	}

	/**
	 * Make room after the unread bytes (moving them to the front, growing or shrinking the buffer) and read
	 * once; returns false at the end of the stream.
	 */
	private boolean fill() throws IOException {
		int unread = this.end - this.start;
		byte[] target = this.buffer;
		if (unread == target.length) {
			target = new byte[(int) Math.min((long) target.length * 2, (long) this.maxEventSize + 2)];
		}
		else if (target.length > SHRINK_ABOVE && unread < INITIAL_CAPACITY / 2) {
			target = new byte[INITIAL_CAPACITY];
		}
		if (unread > 0 && (target != this.buffer || this.start > 0)) {
			System.arraycopy(this.buffer, this.start, target, 0, unread);
		}
		this.buffer = target;
		this.start = 0;
		this.end = unread;
		int read = this.in.read(target, unread, target.length - unread);
		if (read <= 0) {
			return false;
		}
		this.end += read;
		return true;
	}

	private static int indexOfColon(byte[] line, int from, int length) {
		for (int i = from; i < from + length; i++) {
			if (line[i] == ':') {
				return i;
			}
		}
		return -1;
	}

	private static boolean isField(byte[] line, int from, int length, String name) {
		if (length != name.length()) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (line[from + i] != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static String valueAfter(byte[] line, int from, int length, int colon) {
		if (colon < 0) {
			return "";
		}
		int valueStart = colon + 1;
		int lineEnd = from + length;
		if (valueStart < lineEnd && line[valueStart] == ' ') {
			valueStart++;
		}
		return new String(line, valueStart, lineEnd - valueStart, StandardCharsets.UTF_8);
	}

}
