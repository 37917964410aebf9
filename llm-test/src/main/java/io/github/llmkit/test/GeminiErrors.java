package io.github.llmkit.test;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gemini error bodies ({@code google.rpc.Status}: code, message, status, details) and the canonical status names.
 */
final class GeminiErrors {

	private GeminiErrors() {
	}

	/**
	 * Render an error; a canonical status name as {@code type} becomes {@code error.status}, any other type an
	 * {@code ErrorInfo} reason, and a {@code Retry-After} header becomes {@code RetryInfo.retryDelay}.
	 */
	static HttpReply of(int status, String type, String message, Map<String, String> headers) {
		boolean canonical = type != null && type.matches("[A-Z_]+");
		ObjectNode body = body(status, (canonical) ? type : statusOf(status), message);
		ArrayNode details = (ArrayNode) body.get("error").get("details");
		if (!canonical && type != null) {
			details.addObject()
				.put("@type", "type.googleapis.com/google.rpc.ErrorInfo")
				.put("reason", type)
				.put("domain", "googleapis.com");
		}
		Map<String, String> kept = new LinkedHashMap<>(headers);
		String name = kept.keySet().stream().filter("Retry-After"::equalsIgnoreCase).findFirst().orElse(null);
		if (name != null && kept.get(name).strip().matches("\\d+(\\.\\d+)?")) {
			String retryAfter = kept.remove(name);
			details.addObject()
				.put("@type", "type.googleapis.com/google.rpc.Help")
				.putArray("links")
				.addObject()
				.put("description", "Learn more about Gemini API quotas")
				.put("url", "https://ai.google.dev/gemini-api/docs/rate-limits");
			details.addObject()
				.put("@type", "type.googleapis.com/google.rpc.RetryInfo")
				.put("retryDelay", retryAfter.strip() + "s");
		}
		return HttpReply.json(status, body).withHeaders(kept);
	}

	static HttpReply badRequest(Map.Entry<String, String> violation) {
		ObjectNode body = body(400, "INVALID_ARGUMENT", violation.getValue());
		((ArrayNode) body.get("error").get("details")).addObject()
			.put("@type", "type.googleapis.com/google.rpc.BadRequest")
			.putArray("fieldViolations")
			.addObject()
			.put("field", violation.getKey())
			.put("description", violation.getValue());
		return HttpReply.json(400, body);
	}

	static HttpReply invalidKey() {
		ObjectNode body = body(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.");
		((ArrayNode) body.get("error").get("details")).addObject()
			.put("@type", "type.googleapis.com/google.rpc.ErrorInfo")
			.put("reason", "API_KEY_INVALID")
			.put("domain", "googleapis.com");
		return HttpReply.json(400, body);
	}

	static ObjectNode body(int code, String status, String message) {
		ObjectNode body = Json.object();
		ObjectNode error = body.putObject("error");
		error.put("code", code);
		error.put("message", message);
		error.put("status", status);
		error.putArray("details");
		return body;
	}

	static String statusOf(int code) {
		return switch (code) {
			case 400 -> "INVALID_ARGUMENT";
			case 401 -> "UNAUTHENTICATED";
			case 403 -> "PERMISSION_DENIED";
			case 404 -> "NOT_FOUND";
			case 409 -> "ABORTED";
			case 429 -> "RESOURCE_EXHAUSTED";
			case 499 -> "CANCELLED";
			case 500 -> "INTERNAL";
			case 503 -> "UNAVAILABLE";
			case 504 -> "DEADLINE_EXCEEDED";
			default -> "UNKNOWN";
		};
	}

	static int codeOf(String status) {
		return switch (status) {
			case "INVALID_ARGUMENT", "FAILED_PRECONDITION" -> 400;
			case "PERMISSION_DENIED" -> 403;
			case "NOT_FOUND" -> 404;
			case "RESOURCE_EXHAUSTED" -> 429;
			case "UNAVAILABLE" -> 503;
			case "DEADLINE_EXCEEDED" -> 504;
			default -> 500;
		};
	}

}
