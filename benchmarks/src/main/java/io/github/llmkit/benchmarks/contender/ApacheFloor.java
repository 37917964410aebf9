package io.github.llmkit.benchmarks.contender;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor: what a careful developer writes by hand with Apache HttpClient 5 (classic) and Jackson 3. Build
 * the body as a tree, send it, parse the reply and read the text; for a stream, parse every chunk.
 *
 * @since 0.1.0
 */
public final class ApacheFloor implements ChatContender {

	private final FloorWire wire;

	private final String chatUrl;

	private final String streamUrl;

	private final JsonMapper json = JsonMapper.builder().build();

	private final CloseableHttpClient client;

	/**
	 * Create the floor for one wire family.
	 * @param wire the wire family
	 * @param root the server's root URL
	 */
	public ApacheFloor(FloorWire wire, String root) {
		this.wire = wire;
		this.chatUrl = wire.url(root, false);
		this.streamUrl = wire.url(root, true);
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(Contenders.MAX_CONNECTIONS)
				.setMaxConnPerRoute(Contenders.MAX_CONNECTIONS)
				.build())
			.disableAutomaticRetries()
			.build();
	}

	@Override
	public String chat() {
		try (ClassicHttpResponse response = this.client.executeOpen(null, post(this.chatUrl, false), null)) {
			Contenders.requireOk(response.getCode());
			return this.wire.text(this.json.readTree(EntityUtils.toByteArray(response.getEntity())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String stream(FirstDelta probe) {
		try (ClassicHttpResponse response = this.client.executeOpen(null, post(this.streamUrl, true), null)) {
			Contenders.requireOk(response.getCode());
			return this.wire.readStream(response.getEntity().getContent(), this.json, probe);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpPost post(String url, boolean stream) {
		HttpPost post = new HttpPost(url);
		this.wire.headers().forEach(post::setHeader);
		post.setHeader("Accept", (stream) ? "text/event-stream" : "application/json");
		post.setEntity(new ByteArrayEntity(this.json.writeValueAsBytes(this.wire.body(this.json, stream)),
				ContentType.APPLICATION_JSON));
		return post;
	}

	@Override
	public void close() {
		this.client.close(CloseMode.IMMEDIATE);
	}

}
