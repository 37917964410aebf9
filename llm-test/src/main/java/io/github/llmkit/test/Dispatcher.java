package io.github.llmkit.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Routes every request: finds the provider by the first path segment, checks credentials and the request, takes
 * the next scripted reply, records the request, waits the reply's delay, and lets the wire family answer. A
 * request is recorded only once it has taken its reply (or was refused), so a test that has seen the request
 * can reset the server without the request taking a reply scripted later.
 */
final class Dispatcher implements HttpHandler {

	private final MockLlmServer server;

	private final Ids ids;

	Dispatcher(MockLlmServer server, Ids ids) {
		this.server = server;
		this.ids = ids;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		boolean close = true;
		try {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String path = exchange.getRequestURI().getRawPath();
			String query = exchange.getRequestURI().getRawQuery();
			String provider = firstSegment(path);
			RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
					(query != null) ? path + "?" + query : path, provider, exchange.getRequestHeaders(), body);
			handleSafely(exchange, request, path, provider);
		}
		catch (Call.Dropped ex) {
			// Left unclosed and rethrown: the HTTP server then drops the connection without a terminating chunk.
			close = false;
			throw ex;
		}
		catch (IOException ex) {
			// the client went away mid-response; nothing left to tell it
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			if (close) {
				exchange.close();
			}
		}
	}

	private void handleSafely(HttpExchange exchange, RecordedRequest request, String path, String provider)
			throws IOException, InterruptedException {
		try {
			dispatch(exchange, request, path, provider);
		}
		catch (RuntimeException ex) {
			String message = "MockLlmServer failed on " + request.method() + " " + request.path() + ": " + ex;
			new Call(exchange, request, path, this.ids).send(HttpReply.raw(500, message));
		}
	}

	private void dispatch(HttpExchange exchange, RecordedRequest request, String path, String provider)
			throws IOException, InterruptedException {
		Admission admission;
		try {
			admission = admit(exchange, request, path, provider);
		}
		finally {
			this.server.record(request);
		}
		Call call = admission.call();
		if (admission.refused() != null) {
			call.send(admission.refused());
			return;
		}
		Family family = admission.family();
		MockReply script = admission.script();
		if (script != null) {
			pause(script.delay());
		}
		call.script(script);
		if (script != null && script.kind() == MockReply.Kind.ERROR) {
			call.send(family.error(call, script.status(), script.errorType(), script.errorMessage(),
					script.headers()));
		}
		else if (script != null && (script.kind() == MockReply.Kind.RAW || script.kind() == MockReply.Kind.JSON)) {
			call.send(HttpReply.raw(script.status(), script.text()).withHeaders(script.headers()));
		}
		else {
			family.respond(call, script);
		}
	}

	private Admission admit(HttpExchange exchange, RecordedRequest request, String path, String provider) {
		ProviderRoute route = ProviderRoute.find(provider);
		if (route == null || !(path.equals(route.basePath()) || path.startsWith(route.basePath() + "/"))) {
			return new Admission(new Call(exchange, request, path, this.ids), null,
					HttpReply.json(404, Json.object().put("error", "No simulated provider at '" + path
							+ "'; paths start with a provider's base path, known providers: " + ProviderRoute.known())),
					null);
		}
		Call call = new Call(exchange, request, path.substring(route.basePath().length()), this.ids);
		Family family = route.family();
		HttpReply refused = family.authorize(call);
		if (refused == null) {
			refused = family.validate(call);
		}
		return new Admission(call, family, refused, (refused != null) ? null : this.server.nextScript(provider));
	}

	private static void pause(Duration delay) throws InterruptedException {
		if (!delay.isZero()) {
			Thread.sleep(delay.toMillis());
		}
	}

	private static String firstSegment(String path) {
		String trimmed = (path.startsWith("/")) ? path.substring(1) : path;
		int slash = trimmed.indexOf('/');
		return (slash < 0) ? trimmed : trimmed.substring(0, slash);
	}

	/**
	 * A routed request: its call, and either the refusal to send or the wire family and scripted reply (null for
	 * the default answer).
	 */
	private record Admission(Call call, Family family, HttpReply refused, MockReply script) {
	}

}
