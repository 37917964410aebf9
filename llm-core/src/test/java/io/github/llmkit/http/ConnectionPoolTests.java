package io.github.llmkit.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.ClientConfig;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watchdog's housekeeping closes pooled connections that stayed idle past their time to live, so the
 * buffers of a burst are returned.
 */
class ConnectionPoolTests {

	@Test
	void idleConnectionIsClosedByTheHousekeeping() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			CompletableFuture<Boolean> closedByClient = CompletableFuture.supplyAsync(() -> serveOnce(server));
			ConnectionPool pool = new ConnectionPool(ClientConfig.builder().build(), Duration.ofMillis(200));
			try {
				String answer = pool.httpClient()
					.execute(new HttpGet("http://127.0.0.1:" + server.getLocalPort() + "/"),
							(response) -> EntityUtils.toString(response.getEntity()));
				assertThat(answer).isEqualTo("ok");
				Watchdog.INSTANCE.sweep(pool::closeIdle);
				assertThat(closedByClient.get(10, TimeUnit.SECONDS)).isTrue();
				assertThat(pool.closeIdle()).as("nothing left to look after").isFalse();
			}
			finally {
				pool.close();
			}
		}
	}

	/** Answer one request, keep the connection alive, and report whether the client then closed it. */
	private static boolean serveOnce(ServerSocket server) {
		try (Socket connection = server.accept()) {
			InputStream in = connection.getInputStream();
			int matched = 0;
			while (matched < 4) {
				int b = in.read();
				matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
			}
			OutputStream out = connection.getOutputStream();
			out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return in.read() < 0;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
