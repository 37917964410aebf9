package io.github.llmkit.route;

import io.github.llmkit.LlmException;

/**
 * A client's {@link CallGuard} refused the call because the client failed too often recently; nothing was
 * sent. Retryable: the guard lets calls through again after its open duration.
 *
 * @since 0.1.0
 */
public class CircuitOpenException extends LlmException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param client the client whose circuit is open
	 */
	public CircuitOpenException(String client) {
		super(client, client + ": circuit open after recent failures; the call was not sent");
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
