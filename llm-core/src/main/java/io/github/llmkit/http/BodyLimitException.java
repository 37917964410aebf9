package io.github.llmkit.http;

import java.io.IOException;

/**
 * A read passed its size limit. An {@link IOException} so that it leaves parsers (Jackson, {@link SseReader})
 * the way a broken connection does; the transport maps it to an
 * {@link io.github.llmkit.LlmResponseTooLargeException} naming the client and the setting to raise.
 */
final class BodyLimitException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String subject;

	private final long limit;

	BodyLimitException(String subject, long limit) {
		super(subject + " is larger than " + limit + " bytes");
		this.subject = subject;
		this.limit = limit;
	}

	String subject() {
		return this.subject;
	}

	long limit() {
		return this.limit;
	}

}
