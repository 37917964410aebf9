package io.github.llmkit.demo.agent;

import java.util.Locale;
import java.util.Map;

import io.github.llmkit.tool.LlmTool;
import io.github.llmkit.tool.ToolParam;

import org.springframework.stereotype.Service;

/**
 * Current weather from a fixed table of demo data (no weather API is called); a city outside the table gets
 * stable made-up values derived from its name.
 *
 * @since 0.1.0
 */
@Service
public class WeatherService {

	private static final String[] CONDITIONS = { "sunny", "partly cloudy", "cloudy", "light rain", "windy" };

	private static final Map<String, Weather> KNOWN = Map.of("paris", new Weather("Paris", 18, "partly cloudy", 62),
			"london", new Weather("London", 14, "light rain", 81), "tokyo", new Weather("Tokyo", 22, "sunny", 55),
			"new york", new Weather("New York", 16, "windy", 48), "berlin", new Weather("Berlin", 12, "cloudy", 70));

	/**
	 * Return the current weather in a city.
	 * @param city the city name
	 * @return the weather
	 * @throws IllegalArgumentException if the city is blank or too long
	 */
	@LlmTool(name = "get_weather", description = "Get the current weather in a city: temperature in Celsius, "
			+ "conditions and humidity. Demo data.")
	public Weather currentWeather(@ToolParam(description = "City name, for example Paris") String city) {
		if (city == null || city.isBlank() || city.length() > 100) {
			throw new IllegalArgumentException("'city' must hold 1 to 100 characters");
		}
		String name = city.trim();
		Weather known = KNOWN.get(name.toLowerCase(Locale.ROOT));
		if (known != null) {
			return known;
		}
		int seed = Math.abs(name.toLowerCase(Locale.ROOT).hashCode());
		return new Weather(name, 5 + seed % 25, CONDITIONS[seed % CONDITIONS.length], 40 + seed % 50);
	}

	/**
	 * The weather in one city.
	 *
	 * @param city the city
	 * @param temperatureCelsius the temperature in degrees Celsius
	 * @param conditions a short description such as {@code sunny}
	 * @param humidityPercent the relative humidity
	 */
	public record Weather(String city, int temperatureCelsius, String conditions, int humidityPercent) {
	}

}
