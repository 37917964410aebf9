package io.github.llmkit.test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Claude models the simulator lists, paged the way {@code GET /v1/models} pages: {@code limit},
 * {@code after_id}, {@code before_id}, answered with {@code has_more}, {@code first_id} and {@code last_id}. The
 * default page holds two models (the real default is 20) so that clients always exercise paging.
 */
final class AnthropicModels {

	private static final int DEFAULT_LIMIT = 2;

	private static final ModelTable MODELS = new ModelTable(
			new String[] { "claude-sonnet-4-6", "Claude Sonnet 4.6", "2026-02-17T00:00:00Z" },
			new String[] { "claude-opus-4-6", "Claude Opus 4.6", "2026-02-05T00:00:00Z" },
			new String[] { "claude-haiku-4-5-20251001", "Claude Haiku 4.5", "2025-10-01T00:00:00Z" },
			new String[] { "claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "2025-09-29T00:00:00Z" },
			new String[] { "claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05T00:00:00Z" });

	private AnthropicModels() {
	}

	static ObjectNode find(String id) {
		String[] model = MODELS.find(id);
		return (model != null) ? info(model) : null;
	}

	static ObjectNode page(Call call) {
		int limit = parse(call.query("limit"), DEFAULT_LIMIT);
		int from = 0;
		int to = MODELS.size();
		if (call.query("after_id") != null) {
			from = MODELS.indexOf(call.query("after_id")) + 1;
			to = Math.min(MODELS.size(), from + limit);
		}
		else if (call.query("before_id") != null) {
			to = Math.max(0, MODELS.indexOf(call.query("before_id")));
			from = Math.max(0, to - limit);
		}
		else {
			to = Math.min(MODELS.size(), limit);
		}
		ObjectNode page = Json.object();
		ArrayNode data = page.putArray("data");
		for (int i = from; i < to; i++) {
			data.add(info(MODELS.get(i)));
		}
		boolean forward = call.query("before_id") == null;
		page.put("has_more", (forward) ? to < MODELS.size() : from > 0);
		page.put("first_id", (from < to) ? MODELS.get(from)[0] : null);
		page.put("last_id", (from < to) ? MODELS.get(to - 1)[0] : null);
		return page;
	}

	private static int parse(String value, int fallback) {
		try {
			return (value != null) ? Math.max(1, Math.min(1000, Integer.parseInt(value))) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static ObjectNode info(String[] model) {
		return Json.object()
			.put("type", "model")
			.put("id", model[0])
			.put("display_name", model[1])
			.put("created_at", model[2]);
	}

}
