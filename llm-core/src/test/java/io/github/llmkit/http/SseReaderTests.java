package io.github.llmkit.http;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SseReaderTests {

	@Test
	void readsEventsSeparatedByLf() throws IOException {
		assertThat(events("data: one\n\ndata: two\n\n")).containsExactly(new SseEvent(null, "one"),
				new SseEvent(null, "two"));
	}

	@Test
	void readsEventsSeparatedByCrLf() throws IOException {
		assertThat(events("data: one\r\n\r\ndata: two\r\n\r\n")).containsExactly(new SseEvent(null, "one"),
				new SseEvent(null, "two"));
	}

	@Test
	void readsEventsSeparatedByCr() throws IOException {
		assertThat(events("data: one\r\rdata: two\r\r")).containsExactly(new SseEvent(null, "one"),
				new SseEvent(null, "two"));
	}

	@Test
	void skipsCommentLines() throws IOException {
		assertThat(events(": OPENROUTER PROCESSING\n\ndata: {\"a\":1}\n: keep-alive\n\ndata: [DONE]\n\n"))
			.containsExactly(new SseEvent(null, "{\"a\":1}"), new SseEvent(null, "[DONE]"));
	}

	@Test
	void joinsMultiLineDataWithNewlines() throws IOException {
		assertThat(events("data: first\ndata: second\ndata:third\n\n"))
			.containsExactly(new SseEvent(null, "first\nsecond\nthird"));
	}

	@Test
	void deliversLastEventWithoutTrailingBlankLine() throws IOException {
		assertThat(events("data: one\n\ndata: last")).containsExactly(new SseEvent(null, "one"),
				new SseEvent(null, "last"));
	}

	@Test
	void keepsEventNameAndResetsItAfterDispatch() throws IOException {
		assertThat(events("event: error\ndata: {\"error\":{}}\n\ndata: next\n\n"))
			.containsExactly(new SseEvent("error", "{\"error\":{}}"), new SseEvent(null, "next"));
	}

	@Test
	void removesOnlyOneSpaceAfterColon() throws IOException {
		assertThat(events("data:  two spaces\n\ndata:none\n\n")).containsExactly(new SseEvent(null, " two spaces"),
				new SseEvent(null, "none"));
	}

	@Test
	void ignoresBlankLinesWithoutDataAndUnknownFields() throws IOException {
		assertThat(events("\n\nid: 7\nretry: 100\n\nevent: ping\n\ndata: x\n\n"))
			.containsExactly(new SseEvent(null, "x"));
	}

	@Test
	void returnsNullAtEndOfEmptyStream() throws IOException {
		assertThat(new SseReader(InputStream.nullInputStream()).next()).isNull();
	}

	@Test
	void decodesUtf8SplitAcrossBytes() throws IOException {
		byte[] bytes = "data: caf\u00e9 \u2603\n\n".getBytes(StandardCharsets.UTF_8);
		SseReader reader = new SseReader(new ByteArrayInputStream(bytes));
		assertThat(reader.next()).isEqualTo(new SseEvent(null, "caf\u00e9 \u2603"));
		assertThat(reader.next()).isNull();
	}

	@Test
	void readsEveryLineEndAndSplitCharactersOneByteAtATime() throws IOException {
		String text = "data: caf\u00e9\r\n\r\ndata: \u2603 \ud83d\ude00\r\rdata: three\n\n";
		SseReader reader = new SseReader(oneByteAtATime(text.getBytes(StandardCharsets.UTF_8)));
		assertThat(reader.next()).isEqualTo(new SseEvent(null, "caf\u00e9"));
		assertThat(reader.next()).isEqualTo(new SseEvent(null, "\u2603 \ud83d\ude00"));
		assertThat(reader.next()).isEqualTo(new SseEvent(null, "three"));
		assertThat(reader.next()).isNull();
	}

	@Test
	void dropsALeadingByteOrderMarkEvenWhenItArrivesInPieces() throws IOException {
		byte[] body = "\ufeffdata: one\n\n".getBytes(StandardCharsets.UTF_8);
		assertThat(new SseReader(oneByteAtATime(body)).next()).isEqualTo(new SseEvent(null, "one"));
	}

	@Test
	void readsLinesLongerThanItsBuffer() throws IOException {
		String value = "x".repeat(100_000);
		assertThat(events("data: " + value + "\n\ndata: next\n\n")).containsExactly(new SseEvent(null, value),
				new SseEvent(null, "next"));
	}

	@Test
	void lineLongerThanTheLimitFailsWithoutReadingTheRest() {
		byte[] endless = ("data: " + "x".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
		SseReader reader = new SseReader(new ByteArrayInputStream(endless), 4096);
		assertThatExceptionOfType(IOException.class).isThrownBy(reader::next)
			.withMessage("one stream line is larger than 4096 bytes");
	}

	@Test
	void eventWhoseDataLinesPassTheLimitTogetherFails() {
		String line = "data: " + "x".repeat(1000) + "\n";
		SseReader reader = new SseReader(new ByteArrayInputStream(line.repeat(10).getBytes(StandardCharsets.UTF_8)),
				4096);
		assertThatExceptionOfType(IOException.class).isThrownBy(reader::next)
			.withMessage("one stream event is larger than 4096 bytes");
	}

	private static InputStream oneByteAtATime(byte[] bytes) {
		return new FilterInputStream(new ByteArrayInputStream(bytes)) {

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				return super.read(buffer, offset, Math.min(1, length));
			}

		};
	}

	private static List<SseEvent> events(String text) throws IOException {
		SseReader reader = new SseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		List<SseEvent> events = new ArrayList<>();
		SseEvent event;
		while ((event = reader.next()) != null) {
			events.add(event);
		}
		return events;
	}

}
