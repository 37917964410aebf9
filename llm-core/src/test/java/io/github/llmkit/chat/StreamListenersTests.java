package io.github.llmkit.chat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StreamListenersTests {

	@Test
	void nullTargetsFailNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> StreamListeners.writer(null))
			.withMessage("'writer' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> StreamListeners.text(null))
			.withMessage("'onText' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> StreamListeners.toolCallDetector(null, (text) -> {
		})).withMessage("'onToolCall' must not be null");
	}

	@Test
	void writerWritesOnlyTextAndLeavesTheWriterOpen() {
		StringWriter writer = new StringWriter();
		StreamListener listener = StreamListeners.writer(writer);
		listener.onDelta(new ChatDelta("Hel", "thinking", null, null, null));
		listener.onDelta(new ChatDelta("lo", null, null, FinishReason.STOP, null));
		assertThat(writer).hasToString("Hello");
	}

	@Test
	void writerFailureCancelsTheStreamWithUncheckedIoException() {
		Writer broken = new Writer() {

			@Override
			public void write(char[] buffer, int offset, int length) throws IOException {
				throw new IOException("pipe closed");
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		};
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> StreamListeners.writer(broken).onDelta(new ChatDelta("x", null, null, null, null)))
			.withMessage("Writing the streamed text failed: pipe closed");
	}

	@Test
	void bothTellsEachListenerInOrder() {
		StringBuilder seen = new StringBuilder();
		StreamListener listener = StreamListeners.both(
				StreamListeners.text((text) -> seen.append("first:").append(text).append(' ')),
				StreamListeners.text((text) -> seen.append("second:").append(text).append(' ')));
		listener.onDelta(new ChatDelta("Hi", null, null, null, null));
		assertThat(seen).hasToString("first:Hi second:Hi ");
		assertThatIllegalArgumentException().isThrownBy(() -> StreamListeners.both(listener, null))
			.withMessage("'second' must not be null");
	}

}
