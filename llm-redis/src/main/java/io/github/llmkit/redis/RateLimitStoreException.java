package io.github.llmkit.redis;

import io.github.llmkit.LlmException;

/**
 * The shared rate-limit store could not be reached and the limiter is set to fail closed: the call was not
 * sent.
 *
 * @since 0.1.0
 */
public class RateLimitStoreException extends LlmException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param client the client whose limiter failed
	 * @param cause the store's failure
	 */
	public RateLimitStoreException(String client, Throwable cause) {
		super(client, client + ": the shared rate-limit store (Redis) is unreachable and the limiter fails closed, "
				+ "so the call was not sent: " + cause.getMessage(), cause);
	}

}
