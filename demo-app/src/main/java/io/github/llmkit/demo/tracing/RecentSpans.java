package io.github.llmkit.demo.tracing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;

import org.springframework.stereotype.Component;

/**
 * Keeps the last {@value #CAPACITY} finished spans of the application's tracer (Brave, configured by Spring
 * Boot), so that the demo can show them without a tracing backend. Thread-safe.
 *
 * @since 0.1.0
 */
@Component
public class RecentSpans extends SpanHandler {

	/** Number of spans kept. */
	public static final int CAPACITY = 200;

	private final Deque<SpanView> spans = new ArrayDeque<>();

	@Override
	public boolean end(TraceContext context, MutableSpan span, Cause cause) {
		Map<String, String> tags = new TreeMap<>();
		span.forEachTag((target, key, value) -> target.put(key, value), tags);
		SpanView view = new SpanView(span.traceId(), span.id(), span.parentId(), span.name(),
				(span.finishTimestamp() - span.startTimestamp()) / 1000.0, span.error() != null, tags);
		synchronized (this.spans) {
			this.spans.addFirst(view);
			if (this.spans.size() > CAPACITY) {
				this.spans.removeLast();
			}
		}
		return true;
	}

	/**
	 * Return the kept spans, the latest first.
	 * @return a copy of the spans
	 */
	public List<SpanView> latest() {
		synchronized (this.spans) {
			return new ArrayList<>(this.spans);
		}
	}

	/**
	 * One finished span.
	 *
	 * @param traceId the trace's id
	 * @param spanId the span's id
	 * @param parentId the parent span's id, or null for a root span
	 * @param name the span's name, such as {@code chat gpt-4o}
	 * @param durationMillis how long it took
	 * @param error whether it ended with an error
	 * @param tags its attributes
	 */
	public record SpanView(String traceId, String spanId, String parentId, String name, double durationMillis,
			boolean error, Map<String, String> tags) {

	}

}
