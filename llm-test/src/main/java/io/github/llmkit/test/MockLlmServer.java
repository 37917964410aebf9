package io.github.llmkit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free 127.0.0.1 port that simulates the nine providers over their three wire protocols
 * (OpenAI-compatible, Anthropic Messages, Gemini): real paths, headers, JSON bodies, SSE framing and error shapes.
 * Each provider lives under its id as the first path segment followed by its real base path (see
 * {@link #baseUrl(String)}). Replies can be scripted with {@link #enqueue(MockReply)}; without a script it answers
 * deterministically (echo, {@code get_weather} and {@code calculator} tool calls, tool results quoted back).
 * Every request is recorded for {@link #takeRequest()} once it has taken its scripted reply (or was refused).
 * Thread-safe; serves concurrent requests.
 *
 * @since 0.1.0
 */
public final class MockLlmServer implements AutoCloseable {

	/**
	 * The only API key the simulator accepts (Ollama needs none).
	 */
	public static final String API_KEY = "test-key";

	private static final int THREADS = 16;

	private static final long TAKE_TIMEOUT_SECONDS = 5;

	static {
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final ConcurrentLinkedQueue<MockReply> scripts = new ConcurrentLinkedQueue<>();

	private final Map<String, MockReply> outages = new ConcurrentHashMap<>();

	private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();

	private final AtomicInteger requestCount = new AtomicInteger();

	private final HttpServer server;

	private final ExecutorService executor;

	private MockLlmServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.executor = Executors.newFixedThreadPool(THREADS, (task) -> {
			Thread thread = new Thread(task, "mock-llm-server");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", new Dispatcher(this, new Ids()));
		this.server.start();
	}

	/**
	 * Start a simulator on a free loopback port.
	 * @return the running server; close it when done
	 * @throws UncheckedIOException when no port can be bound
	 */
	public static MockLlmServer start() {
		try {
			return new MockLlmServer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("MockLlmServer could not bind a loopback port", ex);
		}
	}

	/**
	 * Return the port the simulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Return the base URL a client of the given provider should use, e.g. {@code http://127.0.0.1:PORT/groq/openai/v1}
	 * for {@code groq}; the rest of the path is the provider's real base path.
	 * @param provider the provider id: openai, claude, gemini, grok, groq, openrouter, ollama, deepseek or mistral
	 * @return the base URL without a trailing slash
	 * @throws IllegalArgumentException for an unknown provider id
	 */
	public String baseUrl(String provider) {
		ProviderRoute route = ProviderRoute.find(provider);
		if (route == null) {
			throw new IllegalArgumentException(
					"Unknown provider '" + provider + "'; known providers: " + ProviderRoute.known());
		}
		return "http://127.0.0.1:" + port() + route.basePath();
	}

	/**
	 * Queue a reply; the next request to any endpoint takes it (first in, first out). Requests refused for bad
	 * credentials or an invalid body do not take a reply.
	 * @param reply the reply
	 */
	public void enqueue(MockReply reply) {
		if (reply == null) {
			throw new IllegalArgumentException("'reply' must not be null");
		}
		this.scripts.add(reply);
	}

	/**
	 * Return the oldest request not yet taken, waiting up to five seconds for one to arrive. A request is recorded
	 * once it has taken its scripted reply, so after this returns it cannot take a reply enqueued later (for
	 * instance after a {@link #reset()}), even while its own reply is still delayed.
	 * @return the request
	 * @throws IllegalStateException when no request arrives in time
	 */
	public RecordedRequest takeRequest() {
		try {
			RecordedRequest request = this.requests.poll(TAKE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (request == null) {
				throw new IllegalStateException(
						"MockLlmServer received no request within " + TAKE_TIMEOUT_SECONDS + " seconds");
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a request", ex);
		}
	}

	/**
	 * Return how many requests arrived since the start or the last {@link #reset()}.
	 * @return the request count
	 */
	public int requestCount() {
		return this.requestCount.get();
	}

	/**
	 * Forget scripted replies not yet taken, outages, recorded requests and the request count.
	 */
	public void reset() {
		this.scripts.clear();
		this.outages.clear();
		this.requests.clear();
		this.requestCount.set(0);
	}

	/**
	 * Stop the server at once, abandoning requests in progress (delayed replies included).
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	void record(RecordedRequest request) {
		this.requestCount.incrementAndGet();
		this.requests.add(request);
	}

	/**
	 * Start an outage of one provider: until {@link #endOutage(String)}, every request to it gets this reply
	 * (an error, a delay, a stall), ahead of the queued replies, which other providers keep taking.
	 * @param provider the provider id, such as {@code openai}
	 * @param reply the reply every request to it gets
	 * @throws IllegalArgumentException for an unknown provider id or a null reply
	 */
	public void outage(String provider, MockReply reply) {
		if (ProviderRoute.find(provider) == null) {
			throw new IllegalArgumentException(
					"Unknown provider '" + provider + "'; known providers: " + ProviderRoute.known());
		}
		if (reply == null) {
			throw new IllegalArgumentException("'reply' must not be null");
		}
		this.outages.put(provider, reply);
	}

	/**
	 * End a provider's outage; it takes queued replies again.
	 * @param provider the provider id
	 */
	public void endOutage(String provider) {
		this.outages.remove(provider);
	}

	/**
	 * Return the providers currently in an outage.
	 * @return their ids
	 */
	public Set<String> outages() {
		return Set.copyOf(this.outages.keySet());
	}

	MockReply nextScript(String provider) {
		MockReply outage = this.outages.get(provider);
		return (outage != null) ? outage : this.scripts.poll();
	}

}
