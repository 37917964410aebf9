package io.github.llmkit.http;

import java.io.IOException;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/**
 * Switches a streamed response's socket timeout to the stream idle timeout once its headers have arrived, so
 * that the call's timeout bounds the wait for the response and the idle timeout every silence after it.
 */
final class StreamIdleRequestExecutor extends HttpRequestExecutor {

	/** The context attribute holding the idle {@link Timeout} of a streamed call. */
	static final String IDLE_TIMEOUT = "llmkit.stream-idle-timeout";

	@Override
	public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
			HttpResponseInformationCallback informationCallback, HttpContext context)
			throws IOException, HttpException {
		ClassicHttpResponse response = super.execute(request, connection, informationCallback, context);
		Object idle = context.getAttribute(IDLE_TIMEOUT);
		if (idle instanceof Timeout timeout) {
			connection.setSocketTimeout(timeout);
		}
		return response;
	}

}
