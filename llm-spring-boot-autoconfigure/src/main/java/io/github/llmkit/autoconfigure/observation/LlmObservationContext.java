package io.github.llmkit.autoconfigure.observation;

import java.net.URI;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.ProviderType;
import io.micrometer.observation.Observation;

/**
 * What every llmkit observation knows about the client it observes: name, provider and server.
 *
 * @since 0.1.0
 */
public abstract class LlmObservationContext extends Observation.Context {

	private final String clientName;

	private final ProviderType providerType;

	private final String serverAddress;

	private final Integer serverPort;

	/**
	 * Create a context for a client.
	 * @param client the client, or null when the observed work belongs to none
	 */
	protected LlmObservationContext(LlmClient client) {
		this.clientName = (client != null) ? client.name() : null;
		this.providerType = (client != null) ? client.type() : null;
		URI uri = (client != null) ? parse(client.baseUrl()) : null;
		this.serverAddress = (uri != null) ? uri.getHost() : null;
		this.serverPort = (uri != null && uri.getHost() != null) ? port(uri) : null;
	}

	/**
	 * Return the client's name.
	 * @return the name, or null if there is no client
	 */
	public String getClientName() {
		return this.clientName;
	}

	/**
	 * Return the client's provider type.
	 * @return the type, or null if there is no client
	 */
	public ProviderType getProviderType() {
		return this.providerType;
	}

	/**
	 * Return the host of the client's base URL.
	 * @return the host, or null if unknown
	 */
	public String getServerAddress() {
		return this.serverAddress;
	}

	/**
	 * Return the port of the client's base URL, the scheme's default when the URL names none.
	 * @return the port, or null if unknown
	 */
	public Integer getServerPort() {
		return this.serverPort;
	}

	/**
	 * Return the {@code error.type} of a failure: the HTTP status when the provider answered with an error,
	 * else the exception's class name.
	 * @param error the failure
	 * @return the error type
	 */
	public static String errorType(Throwable error) {
		return (error instanceof LlmHttpException http) ? Integer.toString(http.status()) : error.getClass().getName();
	}

	private static URI parse(String baseUrl) {
		if (baseUrl == null) {
			return null;
		}
		try {
			return URI.create(baseUrl);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return ("https".equalsIgnoreCase(uri.getScheme())) ? 443 : ("http".equalsIgnoreCase(uri.getScheme())) ? 80 : null;
	}

}
