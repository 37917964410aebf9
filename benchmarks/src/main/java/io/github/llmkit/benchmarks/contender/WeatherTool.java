package io.github.llmkit.benchmarks.contender;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The one tool of the tool-loop benchmark, shared by every contender so that the tool's own work is equal.
 *
 * @since 0.1.0
 */
public final class WeatherTool {

	/** The tool's name. */
	public static final String NAME = "get_weather";

	/** The tool's description. */
	public static final String DESCRIPTION = "Return the current weather of a city";

	/** The JSON Schema of the tool's arguments. */
	public static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
			+ "\"description\":\"The city, such as Paris\"}},\"required\":[\"city\"]}";

	private WeatherTool() {
	}

	/**
	 * Answer a call with fixed weather for the requested city.
	 * @param arguments the call's parsed arguments
	 * @return the result, to be serialised as JSON
	 */
	public static Map<String, Object> weather(JsonNode arguments) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("city", arguments.get("city").asString());
		result.put("temperature", 18);
		result.put("condition", "sunny");
		return result;
	}

}
