package io.github.llmkit.benchmarks.server;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Every answer of the benchmark server as one pre-encoded HTTP/1.1 response (status line, headers and body,
 * SSE bodies already in chunked framing, one chunk per event), so that serving a request is one write.
 *
 * @since 0.1.0
 */
final class CannedResponses {

	final ByteBuf openAiChat;

	final ByteBuf openAiStream;

	final ByteBuf openAiToolCall;

	final ByteBuf openAiToolAnswer;

	final ByteBuf openAiTypedAnswer;

	final ByteBuf anthropicChat;

	final ByteBuf anthropicStream;

	final ByteBuf geminiChat;

	final ByteBuf geminiStream;

	final ByteBuf notFound;

	CannedResponses(int chunks) {
		this.openAiChat = json(CannedBodies.openAiChat());
		this.openAiStream = sse(CannedBodies.openAiStream(chunks));
		this.openAiToolCall = json(CannedBodies.openAiToolCall());
		this.openAiToolAnswer = json(CannedBodies.openAiToolAnswer());
		this.openAiTypedAnswer = json(CannedBodies.openAiTypedAnswer());
		this.anthropicChat = json(CannedBodies.anthropicChat());
		this.anthropicStream = sse(CannedBodies.anthropicStream(chunks));
		this.geminiChat = json(CannedBodies.geminiChat());
		this.geminiStream = sse(CannedBodies.geminiStream(chunks));
		this.notFound = response("404 Not Found", "application/json",
				"{\"error\":{\"message\":\"no such benchmark route\",\"type\":\"not_found\"}}"
					.getBytes(StandardCharsets.UTF_8));
	}

	private static ByteBuf json(byte[] body) {
		return response("200 OK", "application/json", body);
	}

	private static ByteBuf response(String status, String contentType, byte[] body) {
		String head = "HTTP/1.1 " + status + "\r\ncontent-type: " + contentType + "\r\ncontent-length: "
				+ body.length + "\r\n\r\n";
		return frozen(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body));
	}

	private static ByteBuf sse(List<String> events) {
		StringBuilder http = new StringBuilder("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
				+ "cache-control: no-cache\r\ntransfer-encoding: chunked\r\n\r\n");
		for (String event : events) {
			byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
			http.append(Integer.toHexString(bytes.length)).append("\r\n").append(event).append("\r\n");
		}
		http.append("0\r\n\r\n");
		return frozen(Unpooled.wrappedBuffer(http.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static ByteBuf frozen(ByteBuf content) {
		ByteBuf direct = Unpooled.directBuffer(content.readableBytes()).writeBytes(content);
		content.release();
		return Unpooled.unreleasableBuffer(direct.asReadOnly());
	}

}
