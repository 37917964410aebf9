package io.github.llmkit.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the value a wire family wants from a successful response body, straight from its stream (no copy of the
 * whole body). The stream is capped at the client's size limit and closed by the transport.
 *
 * @param <T> the value read
 * @since 0.1.0
 */
@FunctionalInterface
public interface BodyReader<T> {

	/**
	 * Read the body.
	 * @param body the body stream; reading past the size limit fails with an {@link IOException}
	 * @return the value
	 * @throws IOException if reading the stream fails; the transport maps it like a broken connection
	 */
	T read(InputStream body) throws IOException;

}
