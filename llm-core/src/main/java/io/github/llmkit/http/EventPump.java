package io.github.llmkit.http;

import java.io.IOException;
import java.io.InputStream;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the events of one client's streams and hands them to the wire family's handler, counting them for the
 * watchdog's idle check and stopping at once when the watchdog stopped the call.
 */
final class EventPump {

	/** Logs under the transport's category, beside the request it belongs to. */
	private static final Logger logger = LoggerFactory.getLogger(HttpTransport.class);

	private final String clientName;

	private final String apiKey;

	private final boolean logBodies;

	private final int maxEventSize;

	EventPump(String clientName, ClientConfig config) {
		this.clientName = clientName;
		this.apiKey = config.apiKey();
		this.logBodies = config.logRequests();
		this.maxEventSize = (int) Math.min(config.maxResponseSize(), Integer.MAX_VALUE - 8);
	}

	/**
	 * Pass every event of a stream body to the handler, counting them for the idle check.
	 */
	void pump(HttpCall call, InputStream body, SseHandler handler, Exchange exchange)
			throws IOException, AttemptFailure {
		SseReader reader = new SseReader(body, this.maxEventSize);
		SseEvent event;
		while ((event = reader.next()) != null) {
			exchange.event();
			if (exchange.stop() != null) {
				throw new IOException("stopped");
			}
			if (this.logBodies && logger.isDebugEnabled()) {
				logger.debug("{} {} event {}: {}", this.clientName, call.operation(), event.event(),
						Redactor.text(event.data(), this.apiKey));
			}
			deliver(handler, event);
		}
		body.close();
	}

	/**
	 * Pass an event to the handler; an error event it reports as retryable is retried like a lost connection,
	 * as long as nothing has been delivered yet.
	 */
	private static void deliver(SseHandler handler, SseEvent event) throws AttemptFailure {
		try {
			handler.onEvent(event);
		}
		catch (LlmStreamException ex) {
			if (ex.retryable() && !handler.delivered()) {
				throw new AttemptFailure(ex, null, null);
			}
			throw ex;
		}
	}

}
