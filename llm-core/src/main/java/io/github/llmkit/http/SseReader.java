package io.github.llmkit.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Splits a server-sent event stream into events, following the WHATWG rules: LF, CR or CRLF line ends,
 * {@code :} comment lines skipped, one optional space after the colon removed, several {@code data:} lines
 * joined with a newline, an event dispatched on a blank line. Knows nothing of HTTP or JSON.
 *
 * @since 0.1.0
 */
public final class SseReader {

	private final BufferedReader reader;

	/**
	 * Create a reader over a UTF-8 byte stream.
	 * @param in the stream; not closed by this reader
	 */
	public SseReader(InputStream in) {
		this(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	/**
	 * Create a reader over characters.
	 * @param in the characters; not closed by this reader
	 */
	public SseReader(Reader in) {
		this.reader = (in instanceof BufferedReader buffered) ? buffered : new BufferedReader(in, 8192);
	}

	/**
	 * Read the next event, blocking until it is complete.
	 * @return the event, or null at the end of the stream
	 * @throws IOException if reading fails
	 */
	public SseEvent next() throws IOException {
		String event = null;
		String data = null;
		StringBuilder moreData = null;
		String line;
		while ((line = this.reader.readLine()) != null) {
			if (line.isEmpty()) {
				if (data != null) {
					return new SseEvent(event, (moreData != null) ? moreData.toString() : data);
				}
				event = null;
				continue;
			}
			if (line.charAt(0) == ':') {
				continue;
			}
			int colon = line.indexOf(':');
			int fieldLength = (colon >= 0) ? colon : line.length();
			if (isField(line, fieldLength, "data")) {
				String value = (colon >= 0) ? valueAfter(line, colon) : "";
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
			else if (isField(line, fieldLength, "event")) {
				event = (colon >= 0) ? valueAfter(line, colon) : "";
			}
		}
		// A last event without its blank line is still delivered: some servers close right after it.
		return (data != null) ? new SseEvent(event, (moreData != null) ? moreData.toString() : data) : null;
	}

	private static boolean isField(String line, int length, String name) {
		return length == name.length() && line.startsWith(name);
	}

	private static String valueAfter(String line, int colon) {
		int start = colon + 1;
		if (start < line.length() && line.charAt(start) == ' ') {
			start++;
		}
		return line.substring(start);
	}

}
