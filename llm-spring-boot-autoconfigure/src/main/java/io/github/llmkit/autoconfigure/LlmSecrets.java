package io.github.llmkit.autoconfigure;

import java.util.Locale;
import java.util.regex.Pattern;

import io.github.llmkit.autoconfigure.dotenv.DotenvEnvironmentPostProcessor;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.PropertySource;

/**
 * Hides llmkit's secrets in the {@code configprops} and {@code env} actuator endpoints, even when they are set
 * to show values: API keys, custom header values (they may carry credentials) and everything loaded from
 * {@code .env}. A key is recognised in every spelling Spring's relaxed binding accepts for it: kebab, camel
 * and underscore case in any letter case, bracketed map keys, and the environment variable forms
 * ({@code LLM_PROVIDERS_GROQ_API_KEY}, {@code LLM_PROVIDERS_GROQ_APIKEY}).
 */
final class LlmSecrets {

	/** {@code llm.providers.<name>.api-key} or {@code .custom-headers...}, names reduced to letters and digits. */
	private static final Pattern PROPERTY = Pattern.compile("llm\\.providers\\.<>\\.(apikey|customheaders(\\..*)?)");

	/** The environment variable forms, where {@code _} separates elements and may also replace a dash. */
	private static final Pattern VARIABLE = Pattern
		.compile("LLM_PROVIDERS_.+_(API_?KEY|CUSTOM_?HEADERS(_.*)?)", Pattern.CASE_INSENSITIVE);

	private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]");

	private LlmSecrets() {
	}

	static SanitizableData sanitize(SanitizableData data) {
		PropertySource<?> source = data.getPropertySource();
		if (source != null && DotenvEnvironmentPostProcessor.PROPERTY_SOURCE_NAME.equals(source.getName())) {
			return data.withSanitizedValue();
		}
		return (isSecret(data.getKey())) ? data.withSanitizedValue() : data;
	}

	/**
	 * Return whether a property key, in any spelling Spring binds to an llmkit secret, names one.
	 * @param key the key as its property source holds it
	 * @return true for API keys and custom headers of any provider entry
	 */
	static boolean isSecret(String key) {
		if (key == null) {
			return false;
		}
		if (key.indexOf('.') < 0 && key.indexOf('[') < 0) {
			return VARIABLE.matcher(key).matches();
		}
		return PROPERTY.matcher(canonical(key)).matches();
	}

	/**
	 * Reduce a dotted key to one spelling: the provider's name (the third element, bracketed or not) becomes
	 * {@code <>}, later bracketed map keys become elements, and every other element keeps only its lower-case
	 * letters and digits.
	 */
	private static String canonical(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		int name = (lower.startsWith("llm.providers[")) ? "llm.providers".length()
				: ((lower.startsWith("llm.providers.")) ? "llm.providers.".length() : -1);
		if (name < 0) {
			return lower;
		}
		String rest;
		if (lower.charAt(name) == '[') {
			int close = lower.indexOf(']', name);
			if (close < 0) {
				return lower;
			}
			rest = lower.substring(close + 1);
		}
		else {
			int end = name;
			while (end < lower.length() && lower.charAt(end) != '.' && lower.charAt(end) != '[') {
				end++;
			}
			rest = lower.substring(end);
		}
		rest = BRACKETED.matcher(rest).replaceAll(".x");
		StringBuilder canonical = new StringBuilder("llm.providers.<>");
		for (int i = 0; i < rest.length(); i++) {
			char c = rest.charAt(i);
			if (c == '.' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				canonical.append(c);
			}
		}
		return canonical.toString();
	}

}
