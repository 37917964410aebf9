package io.github.llmkit.test;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted reply for {@link MockLlmServer#enqueue(MockReply)}: an answer (text, tool calls, reasoning), an error
 * in the provider's own shape, an exact body, or a blocked prompt, plus faults to inject (delay, cut, stalled or
 * reset stream, malformed body, mid-stream error). Create one with the static factories and derive copies with the
 * {@code withX} methods; the simulator renders it in the wire format of whichever provider asks next.
 *
 * @param kind what the reply is
 * @param status the HTTP status
 * @param text the answer text, the exact body ({@link Kind#RAW}, {@link Kind#JSON}) or the block reason
 * @param toolCalls the tool calls of an answer
 * @param reasoning the reasoning text of an answer, or null
 * @param inputTokens the input tokens to report, or null to estimate them
 * @param outputTokens the output tokens to report, or null to estimate them
 * @param finishReason the provider's raw finish reason to send, or null for the natural one
 * @param headers extra response headers
 * @param delay the wait before the response headers
 * @param cutAfter the number of stream events after which the stream ends abruptly, or -1
 * @param broken whether the body (or one stream line) is broken JSON
 * @param errorType the error type of an error, or of the mid-stream error of an answer
 * @param errorMessage the error message of an error, or of the mid-stream error of an answer
 * @param stallAfter the number of stream events after which the stream goes silent for {@code stall}, or -1
 * @param stall how long a stalled stream stays silent before it goes on
 * @param resetAfter the number of stream events after which the connection is dropped mid-body, or -1
 * @param errorFirst whether the mid-stream error comes before the first content-bearing event
 * @since 0.1.0
 */
public record MockReply(Kind kind, int status, String text, List<MockToolCall> toolCalls, String reasoning,
		Integer inputTokens, Integer outputTokens, String finishReason, Map<String, String> headers, Duration delay,
		int cutAfter, boolean broken, String errorType, String errorMessage, int stallAfter, Duration stall,
		int resetAfter, boolean errorFirst) {

	/**
	 * Create a reply, copying its collections.
	 */
	public MockReply {
		toolCalls = List.copyOf(toolCalls);
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/**
	 * What a reply is.
	 */
	public enum Kind {

		/** Text and/or tool calls, rendered as the provider's chat response. */
		ANSWER,
		/** An error in the provider's own error shape. */
		ERROR,
		/** An exact body with any status. */
		RAW,
		/** An exact 200 JSON body. */
		JSON,
		/** A prompt blocked by safety filters. */
		BLOCKED,
		/** The model declines to answer. */
		REFUSAL

	}

	private static MockReply of(Kind kind, int status, String text, List<MockToolCall> calls, String type,
			String message) {
		return new MockReply(kind, status, text, calls, null, null, null, null, Map.of(), Duration.ZERO, -1, false,
				type, message, -1, Duration.ZERO, -1, false);
	}

	/**
	 * Create a plain text answer.
	 * @param text the answer text
	 * @return the reply
	 */
	public static MockReply text(String text) {
		return of(Kind.ANSWER, 200, require(text, "text"), List.of(), null, null);
	}

	/**
	 * Create an answer that calls the given tools (in parallel when more than one).
	 * @param calls the tool calls, at least one
	 * @return the reply
	 */
	public static MockReply toolCalls(MockToolCall... calls) {
		if (calls == null || calls.length == 0) {
			throw new IllegalArgumentException("'calls' must not be empty");
		}
		return of(Kind.ANSWER, 200, null, List.of(calls), null, null);
	}

	/**
	 * Create an error in the requesting provider's own error shape.
	 * @param status the HTTP status, 400 to 599
	 * @param type the provider's error type or code, e.g. {@code rate_limit_exceeded}, {@code overloaded_error} or
	 * {@code RESOURCE_EXHAUSTED}
	 * @param message the error message
	 * @return the reply
	 */
	public static MockReply error(int status, String type, String message) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("'status' must be between 400 and 599 but was " + status);
		}
		return of(Kind.ERROR, status, null, List.of(), require(type, "type"), require(message, "message"));
	}

	/**
	 * Create a response with exactly the given body and status, whatever the provider.
	 * @param status the HTTP status
	 * @param body the body, sent verbatim
	 * @return the reply
	 */
	public static MockReply rawError(int status, String body) {
		return of(Kind.RAW, status, (body != null) ? body : "", List.of(), null, null);
	}

	/**
	 * Create a 200 response with exactly the given JSON body, for any endpoint.
	 * @param body the JSON body, sent verbatim
	 * @return the reply
	 */
	public static MockReply json(String body) {
		return of(Kind.JSON, 200, require(body, "body"), List.of(), null, null);
	}

	/**
	 * Create a blocked prompt: Gemini answers 200 with {@code promptFeedback.blockReason} and no candidates, the
	 * OpenAI family an empty {@code content_filter} answer, Anthropic an empty {@code refusal}.
	 * @param reason the block reason, e.g. {@code SAFETY}
	 * @return the reply
	 */
	public static MockReply blocked(String reason) {
		return of(Kind.BLOCKED, 200, require(reason, "reason"), List.of(), null, null);
	}

	/**
	 * Create a refusal: OpenAI sends the explanation in {@code message.refusal} (streamed as {@code delta.refusal})
	 * with {@code content} null, the other OpenAI-compatible providers as content; Anthropic as text with
	 * {@code stop_reason: "refusal"}; Gemini as an empty answer with {@code finishReason: "SAFETY"}.
	 * @param explanation the model's explanation
	 * @return the reply
	 */
	public static MockReply refusal(String explanation) {
		return of(Kind.REFUSAL, 200, require(explanation, "explanation"), List.of(), null, null);
	}

	/**
	 * Return a copy with this text (beside any tool calls).
	 * @param text the answer text
	 * @return the copy
	 */
	public MockReply withText(String text) {
		return new MockReply(this.kind, this.status, text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, this.cutAfter, this.broken,
				this.errorType, this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy with reasoning in the provider's field ({@code reasoning_content}, {@code reasoning}, a Claude
	 * thinking block with a signature, Gemini thought parts); OpenAI itself only reports reasoning tokens.
	 * @param reasoning the reasoning text
	 * @return the copy
	 */
	public MockReply withReasoning(String reasoning) {
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, this.cutAfter, this.broken,
				this.errorType, this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy reporting this token usage instead of the estimated one.
	 * @param input the input (prompt) tokens
	 * @param output the output (completion) tokens
	 * @return the copy
	 */
	public MockReply withUsage(int input, int output) {
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, input, output,
				this.finishReason, this.headers, this.delay, this.cutAfter, this.broken, this.errorType,
				this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy that sends this raw finish reason (e.g. {@code length}, {@code max_tokens}, {@code SAFETY}).
	 * @param finishReason the provider's own finish string
	 * @return the copy
	 */
	public MockReply withFinishReason(String finishReason) {
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, finishReason, this.headers, this.delay, this.cutAfter, this.broken, this.errorType,
				this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy that adds a response header; a {@code Retry-After} on a Gemini error becomes
	 * {@code RetryInfo.retryDelay} in the body instead.
	 * @param name the header name
	 * @param value the header value
	 * @return the copy
	 */
	public MockReply withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put(require(name, "name"), require(value, "value"));
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, copy, this.delay, this.cutAfter, this.broken, this.errorType,
				this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy that waits this long before sending the response headers.
	 * @param delay the delay
	 * @return the copy
	 */
	public MockReply withDelay(Duration delay) {
		if (delay == null || delay.isNegative()) {
			throw new IllegalArgumentException("'delay' must not be negative");
		}
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, delay, this.cutAfter, this.broken, this.errorType,
				this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy whose stream sends this many events (comments not counted) and then ends the response without
	 * any terminal event ({@code [DONE]}, {@code message_stop}, a finish reason) and closes the connection.
	 * @param chunks the number of events to send
	 * @return the copy
	 */
	public MockReply cutAfterChunks(int chunks) {
		if (chunks < 0) {
			throw new IllegalArgumentException("'chunks' must not be negative");
		}
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, chunks, this.broken, this.errorType,
				this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy whose stream sends this many events (comments not counted), then stays silent for the given
	 * time with the connection open, then sends the rest as usual; a client that gives up meanwhile is let go.
	 * @param chunks the number of events to send before the silence
	 * @param silence how long to stay silent
	 * @return the copy
	 */
	public MockReply stallAfterChunks(int chunks, Duration silence) {
		if (chunks < 0) {
			throw new IllegalArgumentException("'chunks' must not be negative");
		}
		if (silence == null || silence.isNegative()) {
			throw new IllegalArgumentException("'silence' must not be negative");
		}
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, this.cutAfter, this.broken,
				this.errorType, this.errorMessage, chunks, silence, this.resetAfter, this.errorFirst);
	}

	/**
	 * Return a copy whose stream sends this many events (comments not counted) and then drops the TCP connection
	 * in the middle of the body, without the terminating chunk, so that the client's read fails with an IO error
	 * instead of seeing a clean end.
	 * @param chunks the number of events to send before the connection is dropped
	 * @return the copy
	 */
	public MockReply resetAfterChunks(int chunks) {
		if (chunks < 0) {
			throw new IllegalArgumentException("'chunks' must not be negative");
		}
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, this.cutAfter, this.broken,
				this.errorType, this.errorMessage, this.stallAfter, this.stall, chunks, this.errorFirst);
	}

	/**
	 * Return a copy sent as a 200 with a broken JSON body, or in a stream with one broken {@code data:} line.
	 * @return the copy
	 */
	public MockReply malformed() {
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, this.cutAfter, true, this.errorType,
				this.errorMessage, this.stallAfter, this.stall, this.resetAfter,
				this.errorFirst);
	}

	/**
	 * Return a copy whose stream sends its first content chunks and then the provider's documented mid-stream error
	 * event, with no terminal event after it.
	 * @param type the error type, e.g. {@code server_error}, {@code overloaded_error}, {@code UNAVAILABLE}
	 * @param message the error message
	 * @return the copy
	 */
	public MockReply midStreamError(String type, String message) {
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, this.cutAfter, this.broken,
				require(type, "type"), require(message, "message"), this.stallAfter, this.stall, this.resetAfter,
				false);
	}

	/**
	 * Return a copy whose stream opens as usual (OpenAI-family role chunk, Anthropic {@code message_start}) and
	 * then sends the provider's documented mid-stream error event before any content, with no terminal event.
	 * @param type the error type, e.g. {@code server_error}, {@code overloaded_error}, {@code UNAVAILABLE}
	 * @param message the error message
	 * @return the copy
	 */
	public MockReply midStreamErrorBeforeContent(String type, String message) {
		return new MockReply(this.kind, this.status, this.text, this.toolCalls, this.reasoning, this.inputTokens,
				this.outputTokens, this.finishReason, this.headers, this.delay, this.cutAfter, this.broken,
				require(type, "type"), require(message, "message"), this.stallAfter, this.stall, this.resetAfter,
				true);
	}

	boolean hasMidStreamError() {
		return this.kind == Kind.ANSWER && this.errorType != null;
	}

	private static String require(String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return value;
	}

}
