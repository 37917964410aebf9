package io.github.llmkit.autoconfigure;

import java.util.regex.Pattern;

import io.github.llmkit.autoconfigure.dotenv.DotenvEnvironmentPostProcessor;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.PropertySource;

/**
 * Hides llmkit's secrets in the {@code configprops} and {@code env} actuator endpoints, even when they are set
 * to show values: API keys, custom header values (they may carry credentials) and everything loaded from
 * {@code .env}.
 */
final class LlmSecrets {

	private static final Pattern SECRET_KEY = Pattern
		.compile("llm\\.providers\\.[^.]+\\.(api-?key|custom-?headers(\\..+|\\[.+)?)", Pattern.CASE_INSENSITIVE);

	private LlmSecrets() {
	}

	static SanitizableData sanitize(SanitizableData data) {
		PropertySource<?> source = data.getPropertySource();
		if (source != null && DotenvEnvironmentPostProcessor.PROPERTY_SOURCE_NAME.equals(source.getName())) {
			return data.withSanitizedValue();
		}
		return SECRET_KEY.matcher(data.getKey()).matches() ? data.withSanitizedValue() : data;
	}

}
