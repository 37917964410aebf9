package io.github.llmkit.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
		assertThat(new SseReader(new StringReader("")).next()).isNull();
	}

	@Test
	void decodesUtf8SplitAcrossBytes() throws IOException {
		byte[] bytes = "data: caf\u00e9 \u2603\n\n".getBytes(StandardCharsets.UTF_8);
		SseReader reader = new SseReader(new ByteArrayInputStream(bytes));
		assertThat(reader.next()).isEqualTo(new SseEvent(null, "caf\u00e9 \u2603"));
		assertThat(reader.next()).isNull();
	}

	private static List<SseEvent> events(String text) throws IOException {
		SseReader reader = new SseReader(new StringReader(text));
		List<SseEvent> events = new ArrayList<>();
		SseEvent event;
		while ((event = reader.next()) != null) {
			events.add(event);
		}
		return events;
	}

}
