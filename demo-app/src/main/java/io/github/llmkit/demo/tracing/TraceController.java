package io.github.llmkit.demo.tracing;

import java.util.List;

import io.github.llmkit.demo.tracing.RecentSpans.SpanView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the last finished spans: every call's {@code chat}, {@code embeddings}, {@code invoke_agent} and
 * {@code execute_tool} spans, with the HTTP server spans around them.
 *
 * @since 0.1.0
 */
@RestController
public class TraceController {

	private final RecentSpans spans;

	/**
	 * Create the controller.
	 * @param spans the kept spans
	 */
	public TraceController(RecentSpans spans) {
		this.spans = spans;
	}

	/**
	 * Return the latest spans, optionally only the GenAI ones.
	 * @param genAi whether to keep only spans with a {@code gen_ai.operation.name}
	 * @return the spans, the latest first
	 */
	@GetMapping("/api/traces")
	public List<SpanView> traces(@RequestParam(name = "gen_ai", defaultValue = "false") boolean genAi) {
		return this.spans.latest()
			.stream()
			.filter((span) -> !genAi || span.tags().containsKey("gen_ai.operation.name"))
			.toList();
	}

}
