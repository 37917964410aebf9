package io.github.llmkit.tool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The built-in tools: {@code calculator} (a real expression parser, no script engine) and {@code get_weather}
 * (fixed demo data, labelled as such), with the collections {@code standard}, {@code weather} and
 * {@code calculator}.
 */
final class StandardTools {

	static final String CALCULATOR = "calculator";

	static final String WEATHER = "get_weather";

	static final Map<String, List<String>> COLLECTIONS = Map.of("standard", List.of(WEATHER, CALCULATOR), "weather",
			List.of(WEATHER), "calculator", List.of(CALCULATOR));

	private static final String CALCULATOR_SCHEMA = """
			{"type":"object","properties":{"expression":{"type":"string","description":\
			"An arithmetic expression with + - * / % ^, parentheses, decimals such as 1.5e3 and the functions \
			sqrt, abs, min, max and round"}},"required":["expression"]}""";

	private static final String WEATHER_SCHEMA = """
			{"type":"object","properties":{"city":{"type":"string","description":"The city, such as Paris"},\
			"unit":{"type":"string","enum":["celsius","fahrenheit"],"description":"The temperature unit; \
			celsius when omitted"}},"required":["city"]}""";

	private StandardTools() {
	}

	static List<Tool> create() {
		return List.of(Tool.of(CALCULATOR, "Evaluate an arithmetic expression and return its exact numeric value",
				CALCULATOR_SCHEMA, StandardTools::calculate),
				Tool.of(WEATHER, "Return the current weather of a city (demo data, not a real forecast)",
						WEATHER_SCHEMA, StandardTools::weather));
	}

	private static Object calculate(JsonNode arguments) {
		String expression = arguments.get("expression").asString();
		double value = Calculator.evaluate(expression);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("expression", expression);
		boolean integral = value == Math.rint(value) && Math.abs(value) < 1e15;
		result.put("result", (integral) ? (Object) (long) value : (Object) value);
		return result;
	}

	private static Object weather(JsonNode arguments) {
		String city = arguments.get("city").asString();
		JsonNode unitNode = arguments.get("unit");
		boolean fahrenheit = unitNode != null && "fahrenheit".equals(unitNode.asString());
		String lower = city.toLowerCase(Locale.ROOT);
		double celsius;
		String condition;
		if (lower.contains("paris")) {
			celsius = 22;
			condition = "sunny";
		}
		else if (lower.contains("london")) {
			celsius = 15;
			condition = "rainy";
		}
		else if (lower.contains("new york")) {
			celsius = 18;
			condition = "cloudy";
		}
		else {
			celsius = 20;
			condition = "clear";
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("city", city);
		result.put("temperature", (fahrenheit) ? Math.round((celsius * 9 / 5 + 32) * 10) / 10.0 : celsius);
		result.put("unit", (fahrenheit) ? "fahrenheit" : "celsius");
		result.put("condition", condition);
		result.put("source", "demo data, not a real forecast");
		return result;
	}

}
