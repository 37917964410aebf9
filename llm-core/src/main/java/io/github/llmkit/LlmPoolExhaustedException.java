package io.github.llmkit;

/**
 * Every connection of the client's pool was busy for longer than the call could wait for one. The message names
 * the client, the operation, the pool size and the settings to raise ({@code maxConnections},
 * {@code connectionWait}).
 *
 * @since 0.1.0
 */
public class LlmPoolExhaustedException extends LlmTransportException {

	private static final long serialVersionUID = 1L;

	private final int maxConnections;

	/**
	 * Create an exception.
	 * @param provider the client name
	 * @param message what waited, for how long, and what to raise
	 * @param maxConnections the pool size
	 * @param cause the pool's timeout, or null
	 */
	public LlmPoolExhaustedException(String provider, String message, int maxConnections, Throwable cause) {
		super(provider, message, cause, false);
		this.maxConnections = maxConnections;
	}

	/**
	 * Return the size of the pool that ran out.
	 * @return the pool size
	 */
	public int maxConnections() {
		return this.maxConnections;
	}

}
