package io.github.llmkit;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default settings, a client in a JVM of 128 MB heap survives a 50 MB answer and a 100 MB stream line
 * without a line end, and its next call works. Each client runs in a forked JVM ({@link SmallHeapClient}).
 */
class SmallHeapTests {

	private static final byte[] MEGABYTE = new byte[1024 * 1024];

	static {
		Arrays.fill(MEGABYTE, (byte) 'a');
	}

	@Test
	void fiftyMegabyteAnswerFailsCleanlyInASmallHeap() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			if (request > 1) {
				HostileServer.chatAnswer(out, "fine");
				return;
			}
			byte[] start = "{\"choices\":[{\"message\":{\"content\":\"".getBytes(StandardCharsets.US_ASCII);
			HostileServer.head(out, 200, "Content-Type: application/json",
					"Content-Length: " + (start.length + 50L * MEGABYTE.length + 6));
			out.write(start);
			writeMegabytes(out, 50);
			out.write("\"}}]}".getBytes(StandardCharsets.US_ASCII));
		})) {
			String output = runClient(server.baseUrl(), "chat");
			assertThat(output).contains("first call: LlmResponseTooLargeException: small: the answer of chat is larger "
					+ "than 16777216 bytes").contains("next call: fine");
		}
	}

	@Test
	void hundredMegabyteStreamLineFailsCleanlyInASmallHeap() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			if (request > 1) {
				HostileServer.chatAnswer(out, "fine");
				return;
			}
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, "data: ");
			for (int i = 0; i < 100; i++) {
				out.write((Integer.toHexString(MEGABYTE.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(MEGABYTE);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			HostileServer.chunk(out, "");
		})) {
			String output = runClient(server.baseUrl(), "stream");
			assertThat(output).contains("first call: LlmResponseTooLargeException: small: one stream line of chat is "
					+ "larger than 16777216 bytes").contains("next call: fine");
		}
	}

	private static void writeMegabytes(OutputStream out, int count) throws IOException {
		for (int i = 0; i < count; i++) {
			out.write(MEGABYTE);
		}
	}

	private static String runClient(String baseUrl, String mode) throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), SmallHeapClient.class.getName(), baseUrl, mode)
			.redirectErrorStream(true)
			.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String text = new String(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(text).isZero();
		return text;
	}

}
