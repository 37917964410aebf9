package io.github.llmkit.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.llmkit.LlmException;
import io.github.llmkit.observation.ClientEventListener;

/**
 * Passes each client event to several listeners, in order.
 */
final class CompositeClientEventListener implements ClientEventListener {

	private final List<ClientEventListener> listeners;

	CompositeClientEventListener(List<ClientEventListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public void onRetry(String clientName, int attempt, Duration delay, LlmException cause) {
		for (ClientEventListener listener : this.listeners) {
			listener.onRetry(clientName, attempt, delay, cause);
		}
	}

	@Override
	public void onRateLimitWait(String clientName, Duration waited) {
		for (ClientEventListener listener : this.listeners) {
			listener.onRateLimitWait(clientName, waited);
		}
	}

}
