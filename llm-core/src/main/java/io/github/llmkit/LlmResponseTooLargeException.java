package io.github.llmkit;

/**
 * An answer, one stream event or a line of it was larger than the client accepts. The connection it came on
 * is closed, not reused; the message names the client, the limit and the setting that raises it.
 *
 * @since 0.1.0
 */
public class LlmResponseTooLargeException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final long limit;

	/**
	 * Create an exception.
	 * @param provider the client name
	 * @param message what was too large, the limit, and the setting to raise
	 * @param limit the limit in bytes
	 */
	public LlmResponseTooLargeException(String provider, String message, long limit) {
		super(provider, message);
		this.limit = limit;
	}

	/**
	 * Return the limit that was passed.
	 * @return the limit in bytes
	 */
	public long limit() {
		return this.limit;
	}

}
