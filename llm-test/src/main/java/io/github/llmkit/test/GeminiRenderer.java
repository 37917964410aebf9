package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a Gemini {@code GenerateContentResponse}, or the {@code alt=sse} stream of complete responses each
 * carrying only new parts: thought parts first, whole {@code functionCall} parts with a {@code thoughtSignature}
 * on the first, {@code finishReason} and final {@code usageMetadata} on the last chunk, no {@code [DONE]}.
 */
final class GeminiRenderer {

	private final String responseId;

	private final String model;

	GeminiRenderer(String responseId, String model) {
		this.responseId = responseId;
		this.model = model;
	}

	ObjectNode response(Answer answer) {
		if (answer.isBlocked()) {
			return blocked(answer);
		}
		List<ObjectNode> parts = parts(answer, false);
		ObjectNode root = Json.object();
		ObjectNode candidate = root.putArray("candidates").addObject();
		if (!parts.isEmpty()) {
			ObjectNode content = candidate.putObject("content");
			content.putArray("parts").addAll(parts);
			content.put("role", "model");
		}
		finish(candidate, answer);
		root.set("usageMetadata", usage(answer, true));
		return stamp(root);
	}

	SseStream stream(Answer answer, MockReply script) {
		List<SseFrame> frames = new ArrayList<>();
		if (answer.isBlocked()) {
			frames.add(SseFrame.data(blocked(answer)));
			return new SseStream(frames, 1, 0, List.of());
		}
		List<ObjectNode> parts = parts(answer, true);
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			ObjectNode root = Json.object();
			ObjectNode candidate = root.putArray("candidates").addObject();
			ObjectNode content = candidate.putObject("content");
			content.putArray("parts").add(parts.get(i));
			content.put("role", "model");
			if (last) {
				finish(candidate, answer);
			}
			candidate.put("index", 0);
			root.set("usageMetadata", usage(answer, last));
			frames.add(SseFrame.data(stamp(root)));
		}
		if (parts.isEmpty()) {
			ObjectNode root = Json.object();
			finish(root.putArray("candidates").addObject(), answer);
			root.set("usageMetadata", usage(answer, true));
			frames.add(SseFrame.data(stamp(root)));
		}
		List<SseFrame> error = (script != null && script.hasMidStreamError())
				? List.of(SseFrame.data(GeminiErrors.body(GeminiErrors.codeOf(script.errorType()),
						script.errorType(), script.errorMessage())))
				: List.of();
		return new SseStream(frames, 1, 0, error);
	}

	private List<ObjectNode> parts(Answer answer, boolean streamed) {
		List<ObjectNode> parts = new ArrayList<>();
		String signature = (answer.reasoning() != null || answer.hasToolCalls())
				? Texts.signature("gemini:" + answer.reasoning() + answer.toolCalls()) : null;
		if (answer.reasoning() != null) {
			List<String> pieces = (streamed) ? Texts.chunks(answer.reasoning()) : List.of(answer.reasoning());
			pieces.forEach((piece) -> parts.add(Json.object().put("text", piece).put("thought", true)));
		}
		if (answer.text() != null && !answer.text().isEmpty()) {
			List<String> pieces = (streamed) ? Texts.chunks(answer.text()) : List.of(answer.text());
			pieces.forEach((piece) -> parts.add(Json.object().put("text", piece)));
		}
		for (int i = 0; i < answer.toolCalls().size(); i++) {
			MockToolCall call = answer.toolCalls().get(i);
			ObjectNode part = Json.object();
			ObjectNode functionCall = part.putObject("functionCall").put("id", call.id()).put("name", call.name());
			functionCall.set("args", Json.MAPPER.readTree(call.arguments()));
			if (i == 0) {
				part.put("thoughtSignature", signature);
			}
			parts.add(part);
		}
		if (signature != null && !answer.hasToolCalls()) {
			if (streamed || parts.isEmpty()) {
				parts.add(Json.object().put("text", "").put("thoughtSignature", signature));
			}
			else {
				parts.get(parts.size() - 1).put("thoughtSignature", signature);
			}
		}
		return parts;
	}

	private static void finish(ObjectNode candidate, Answer answer) {
		String reason = (answer.finishReason() != null) ? answer.finishReason()
				: (answer.refusal() != null) ? "SAFETY" : "STOP";
		candidate.put("finishReason", reason);
		if ("SAFETY".equals(reason)) {
			ArrayNode ratings = candidate.putArray("safetyRatings");
			ratings.addObject()
				.put("category", "HARM_CATEGORY_DANGEROUS_CONTENT")
				.put("probability", "HIGH")
				.put("blocked", true);
		}
		candidate.put("index", 0);
	}

	private ObjectNode blocked(Answer answer) {
		ObjectNode root = Json.object();
		ObjectNode feedback = root.putObject("promptFeedback").put("blockReason", answer.blockReason());
		feedback.putArray("safetyRatings")
			.addObject()
			.put("category", "HARM_CATEGORY_DANGEROUS_CONTENT")
			.put("probability", "HIGH");
		root.putObject("usageMetadata")
			.put("promptTokenCount", answer.inputTokens())
			.put("totalTokenCount", answer.inputTokens());
		return stamp(root);
	}

	private static ObjectNode usage(Answer answer, boolean complete) {
		ObjectNode usage = Json.object().put("promptTokenCount", answer.inputTokens());
		int candidates = answer.outputTokens() - answer.reasoningTokens();
		if (complete) {
			usage.put("candidatesTokenCount", candidates);
			if (answer.reasoningTokens() > 0) {
				usage.put("thoughtsTokenCount", answer.reasoningTokens());
			}
		}
		usage.put("totalTokenCount", answer.inputTokens() + ((complete) ? answer.outputTokens() : 0));
		usage.putArray("promptTokensDetails")
			.addObject()
			.put("modality", "TEXT")
			.put("tokenCount", answer.inputTokens());
		return usage;
	}

	private ObjectNode stamp(ObjectNode root) {
		root.put("modelVersion", this.model);
		root.put("responseId", this.responseId);
		return root;
	}

}
