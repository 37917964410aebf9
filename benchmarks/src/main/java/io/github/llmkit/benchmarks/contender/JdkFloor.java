package io.github.llmkit.benchmarks.contender;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The same hand-written work as {@link ApacheFloor} on the JDK's {@code java.net.http.HttpClient} (HTTP/1.1),
 * to show what the transport alone costs.
 *
 * @since 0.1.0
 */
public final class JdkFloor implements ChatContender {

	private final FloorWire wire;

	private final URI chatUri;

	private final URI streamUri;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/**
	 * Create the floor for one wire family.
	 * @param wire the wire family
	 * @param root the server's root URL
	 */
	public JdkFloor(FloorWire wire, String root) {
		this.wire = wire;
		this.chatUri = URI.create(wire.url(root, false));
		this.streamUri = URI.create(wire.url(root, true));
	}

	@Override
	public String chat() {
		HttpResponse<byte[]> response = send(request(this.chatUri, false), HttpResponse.BodyHandlers.ofByteArray());
		Contenders.requireOk(response.statusCode());
		return this.wire.text(this.json.readTree(response.body()));
	}

	@Override
	public String stream(FirstDelta probe) {
		HttpResponse<InputStream> response = send(request(this.streamUri, true),
				HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			Contenders.requireOk(response.statusCode());
			return this.wire.readStream(body, this.json, probe);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpRequest request(URI uri, boolean stream) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(this.wire.body(this.json, stream))))
			.header("Content-Type", "application/json")
			.header("Accept", (stream) ? "text/event-stream" : "application/json");
		this.wire.headers().forEach(request::header);
		return request.build();
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the benchmark server", ex);
		}
	}

	@Override
	public void close() {
		// The JDK 17 client cannot be closed; its selector thread ends when the client is unreachable.
	}

}
