package io.github.llmkit.benchmarks.server;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;

/**
 * Routes a request to its canned response by path and, for the OpenAI and Anthropic endpoints that serve both
 * modes on one path, by whether the body asks for a stream. The tool-loop route answers with a tool call
 * unless the body already carries a tool result; the typed route ({@code /typed/}) always answers an invoice
 * as JSON text. Paths under {@code /slow/} are paced streams ({@link SlowStreams}).
 *
 * @since 0.1.0
 */
@Sharable
final class CannedHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

	private static final ByteBuf STREAM = needle("\"stream\"");

	private static final ByteBuf TOOL_RESULT = needle("\"role\":\"tool\"");

	private final CannedResponses responses;

	CannedHandler(CannedResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
		if (request.uri().startsWith(SlowStreams.PREFIX)) {
			SlowStreams.start(context, request.uri(), this.responses.notFound);
			return;
		}
		context.writeAndFlush(route(request.uri(), request.content()).duplicate(), context.voidPromise());
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
		context.close();
	}

	private ByteBuf route(String uri, ByteBuf body) {
		if (uri.startsWith("/typed/")) {
			return this.responses.openAiTypedAnswer;
		}
		if (uri.startsWith("/tools/")) {
			return contains(body, TOOL_RESULT) ? this.responses.openAiToolAnswer : this.responses.openAiToolCall;
		}
		if (uri.endsWith("/chat/completions")) {
			return stream(body) ? this.responses.openAiStream : this.responses.openAiChat;
		}
		if (uri.endsWith("/messages")) {
			return stream(body) ? this.responses.anthropicStream : this.responses.anthropicChat;
		}
		if (uri.contains(":streamGenerateContent")) {
			return this.responses.geminiStream;
		}
		if (uri.contains(":generateContent")) {
			return this.responses.geminiChat;
		}
		return this.responses.notFound;
	}

	private static boolean stream(ByteBuf body) {
		int at = ByteBufUtil.indexOf(STREAM, body);
		if (at < 0) {
			return false;
		}
		int end = body.writerIndex();
		int i = at + STREAM.readableBytes();
		while (i < end && isSeparator(body.getByte(i))) {
			i++;
		}
		return i < end && body.getByte(i) == 't';
	}

	private static boolean isSeparator(byte b) {
		return b == ' ' || b == ':' || b == '\n' || b == '\r' || b == '\t';
	}

	private static boolean contains(ByteBuf body, ByteBuf needle) {
		return ByteBufUtil.indexOf(needle, body) >= 0;
	}

	private static ByteBuf needle(String text) {
		return Unpooled.unreleasableBuffer(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII));
	}

}
