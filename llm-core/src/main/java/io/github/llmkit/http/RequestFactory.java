package io.github.llmkit.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.observation.ClientEventListener;
import io.github.llmkit.ratelimit.RateLimiter;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Apache request of each attempt of one client's calls: parsed URI (cached per URL), headers, body,
 * the client's rate limiter (bounded by the deadline), and the response and pool waits cut to the time left.
 */
final class RequestFactory {

	/** Logs under the transport's category, beside the request it belongs to. */
	private static final Logger logger = LoggerFactory.getLogger(HttpTransport.class);

	private static final int MAX_CACHED_URIS = 64;

	private final String clientName;

	private final String apiKey;

	private final ClientConfig config;

	private final RateLimiter rateLimiter;

	private final ClientEventListener events;

	private final FailureMapper failures;

	private final boolean logBodies;

	private final Map<String, URI> uris = new ConcurrentHashMap<>();

	RequestFactory(String clientName, ClientConfig config, FailureMapper failures) {
		this.clientName = clientName;
		this.apiKey = config.apiKey();
		this.config = config;
		this.rateLimiter = config.rateLimiter();
		this.events = config.eventListener();
		this.failures = failures;
		this.logBodies = config.logRequests();
	}

	/**
	 * Build an attempt's request, wait for the rate limiter and register the request with the exchange; the
	 * response and pool waits get the time left before the deadline.
	 */
	HttpUriRequestBase request(HttpCall call, Exchange exchange) {
		HttpUriRequestBase request = new HttpUriRequestBase(call.method(), uri(call.url()));
		call.headers().forEach(request::setHeader);
		if (call.body() != null) {
			request.setEntity(new ByteArrayEntity(call.body(), ContentType.APPLICATION_JSON));
		}
		acquirePermit(call, exchange);
		long left = Math.max(1, exchange.remaining().toMillis());
		long leaseWait = Math.min(left, this.config.connectionWait().toMillis());
		exchange.leaseWait(leaseWait);
		request.setConfig(RequestConfig.custom()
			.setResponseTimeout(left, TimeUnit.MILLISECONDS)
			.setConnectionRequestTimeout(leaseWait, TimeUnit.MILLISECONDS)
			.build());
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} {} {}{}", this.clientName, call.method(), Redactor.url(call.url()),
					Redactor.headers(call.headers()), (this.logBodies && call.body() != null)
							? " " + Redactor.text(new String(call.body(), StandardCharsets.UTF_8), this.apiKey) : "");
		}
		exchange.attempt(request);
		return request;
	}

	/**
	 * Return the parsed URI of a URL, parsed once per distinct URL since a client calls the same few endpoints;
	 * URLs that vary per call (paging cursors) stop being cached once a small bound is reached.
	 */
	private URI uri(String url) {
		URI uri = this.uris.get(url);
		if (uri == null) {
			uri = URI.create(url);
			if (this.uris.size() < MAX_CACHED_URIS) {
				this.uris.putIfAbsent(url, uri);
			}
		}
		return uri;
	}

	private void acquirePermit(HttpCall call, Exchange exchange) {
		if (this.rateLimiter == null) {
			return;
		}
		Duration waited;
		try {
			waited = this.rateLimiter.acquire(exchange.remaining());
		}
		catch (InterruptedException ex) {
			exchange.stop(Exchange.Stop.INTERRUPTED);
			throw this.failures.stopped(call, exchange, null).exception();
		}
		if (waited == null) {
			throw this.failures.rateLimiterTooSlow(call, exchange);
		}
		if (!waited.isZero()) {
			try {
				this.events.onRateLimitWait(this.clientName, waited);
			}
			catch (RuntimeException ex) {
				logger.warn("{}: an event listener failed", this.clientName, ex);
			}
		}
	}

	void logResponse(HttpCall call, int status, long startNanos, byte[] body) {
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} -> HTTP {} in {} ms{}", this.clientName, call.operation(), status,
					(System.nanoTime() - startNanos) / 1_000_000, (this.logBodies && body != null)
							? " " + Redactor.text(new String(body, StandardCharsets.UTF_8), this.apiKey) : "");
		}
	}

}
