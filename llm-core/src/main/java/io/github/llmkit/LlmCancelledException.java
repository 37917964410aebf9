package io.github.llmkit;

/**
 * A call or stream was stopped before it finished: its thread was interrupted, or its
 * {@link io.github.llmkit.chat.Cancellation} was cancelled. The exchange was aborted and its connection closed;
 * after an interrupt the thread's interrupt flag is still set. Never retried.
 *
 * @since 0.1.0
 */
public class LlmCancelledException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final boolean interrupted;

	/**
	 * Create an exception.
	 * @param provider the client name
	 * @param message which operation stopped, and why
	 * @param interrupted whether the calling thread was interrupted, rather than the call cancelled
	 */
	public LlmCancelledException(String provider, String message, boolean interrupted) {
		super(provider, message);
		this.interrupted = interrupted;
	}

	/**
	 * Return whether the thread was interrupted (true) or the call cancelled through its handle (false).
	 * @return true for an interrupt
	 */
	public boolean interrupted() {
		return this.interrupted;
	}

}
