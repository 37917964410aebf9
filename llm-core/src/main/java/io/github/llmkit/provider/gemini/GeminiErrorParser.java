package io.github.llmkit.provider.gemini;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import io.github.llmkit.http.ProviderError;
import io.github.llmkit.provider.JsonValues;
import tools.jackson.databind.JsonNode;

/**
 * Reads Gemini's {@code google.rpc.Status} error bodies, {@code {"error":{"code","message","status","details"}}},
 * also wrapped in a one-element array as some streaming endpoints send them. The type is the {@code status}
 * ({@code RESOURCE_EXHAUSTED}, ...) or, for a bad key, the {@code ErrorInfo} reason; a
 * {@code RetryInfo.retryDelay} detail becomes the retry delay. An error is transient by its HTTP {@code code}
 * (429, 500, 503, 504) or, without a code, by its status ({@code RESOURCE_EXHAUSTED}, {@code INTERNAL},
 * {@code UNAVAILABLE}, {@code DEADLINE_EXCEEDED}); a 402 {@code RESOURCE_EXHAUSTED} (credit spent) is not.
 */
final class GeminiErrorParser {

	private static final int MAX_TEXT = 500;

	private static final Set<Integer> TRANSIENT_CODES = Set.of(429, 500, 503, 504);

	private static final Set<String> TRANSIENT_STATUSES = Set.of("RESOURCE_EXHAUSTED", "INTERNAL", "UNAVAILABLE",
			"DEADLINE_EXCEEDED");

	private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

	private static final String ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";

	private GeminiErrorParser() {
	}

	static ProviderError fromJson(JsonNode root) {
		if (root != null && root.isArray() && !root.isEmpty()) {
			root = root.get(0);
		}
		JsonNode error = (root != null) ? root.get("error") : null;
		if (error == null || !error.isObject()) {
			return new ProviderError(null, (root != null) ? truncate(root.toString()) : null, null);
		}
		String type = JsonValues.string(error.get("status"));
		Duration retryAfter = null;
		boolean badKey = false;
		for (JsonNode detail : error.path("details")) {
			String detailType = detail.path("@type").asString("");
			if (RETRY_INFO.equals(detailType)) {
				retryAfter = duration(JsonValues.string(detail.get("retryDelay")));
			}
			else if (ERROR_INFO.equals(detailType) && "API_KEY_INVALID".equals(detail.path("reason").asString(""))) {
				type = "API_KEY_INVALID";
				badKey = true;
			}
		}
		JsonNode code = error.path("code");
		boolean transientFailure = !badKey && ((code.isNumber()) ? TRANSIENT_CODES.contains(code.asInt())
				: (type != null && TRANSIENT_STATUSES.contains(type)));
		if (type == null && error.has("code")) {
			type = error.get("code").asString();
		}
		return new ProviderError(type, JsonValues.string(error.get("message")), retryAfter, badKey,
				transientFailure);
	}

	/**
	 * Read a protobuf JSON duration such as {@code "23s"} or {@code "57.238747106s"}; null when unreadable.
	 */
	static Duration duration(String value) {
		if (value == null || !value.endsWith("s")) {
			return null;
		}
		try {
			BigDecimal seconds = new BigDecimal(value.substring(0, value.length() - 1).trim());
			if (seconds.signum() < 0) {
				return null;
			}
			return Duration.ofSeconds(seconds.longValue(),
					seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	private static String truncate(String text) {
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "..." : text;
	}

}
