package io.github.llmkit.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.ProviderType;
import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;
import io.github.llmkit.autoconfigure.LlmProperties.Provider;
import io.github.llmkit.autoconfigure.LlmProperties.RateLimit;
import io.github.llmkit.ratelimit.TokenBucketRateLimiter;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * The one place where {@code llm.*} properties are checked and turned into {@link ClientConfig}s; llm-core
 * never sees a properties class.
 */
final class LlmPropertiesMapper {

	private static final String PREFIX = "llm.providers.";

	private static final Pattern CORE_FIELD = Pattern.compile("'([A-Za-z]+(?:\\.[^']*)?)'");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(:[^}]*)?}");

	private LlmPropertiesMapper() {
	}

	/**
	 * Check all of {@code llm.*} and report every problem at once.
	 * @param properties the bound properties
	 * @throws InvalidLlmPropertiesException listing each invalid property
	 */
	static void validate(LlmProperties properties) {
		List<Problem> problems = new ArrayList<>();
		properties.getProviders().forEach((name, provider) -> validate(name, provider, problems));
		LlmRoutesMapper.validate(properties, problems);
		String defaultProvider = properties.getDefaultProvider();
		if (defaultProvider != null && !properties.getProviders().containsKey(defaultProvider)
				&& !properties.getRoutes().containsKey(defaultProvider)) {
			problems.add(new Problem("llm.default-provider", "names '" + defaultProvider
					+ "', which is not an entry of llm.providers",
					(properties.getProviders().isEmpty()) ? "remove it, or add an entry llm.providers." + defaultProvider
							: "set it to one of " + String.join(", ", properties.getProviders().keySet())));
		}
		if (properties.getTools().getMaxIterations() <= 0) {
			problems.add(new Problem("llm.tools.max-iterations",
					"must be positive, was " + properties.getTools().getMaxIterations(), "set it to 1 or more"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidLlmPropertiesException(problems);
		}
	}

	/**
	 * Return the provider type of a validated entry.
	 * @param name the entry name
	 * @param provider the entry
	 * @return the explicit type, or the type the name stands for
	 */
	static ProviderType type(String name, Provider provider) {
		return ProviderType.fromId((provider.getType() != null) ? provider.getType() : name);
	}

	/**
	 * Map a validated entry to a config builder, including its rate limiter.
	 * @param name the entry name, used as the client name
	 * @param provider the entry
	 * @return a builder holding every configured value
	 */
	static ClientConfig.Builder toConfig(String name, Provider provider) {
		ClientConfig.Builder builder = ClientConfig.builder().name(name);
		PropertyMapper map = PropertyMapper.get();
		map.from(provider::getApiKey).whenHasText().to(builder::apiKey);
		map.from(provider::getBaseUrl).whenHasText().to(builder::baseUrl);
		map.from(provider::getModel).whenHasText().to(builder::model);
		map.from(provider::getTemperature).always().to(builder::temperature);
		map.from(provider::getMaxTokens).always().to(builder::maxTokens);
		map.from(provider::getTimeout).to(builder::timeout);
		map.from(provider::getConnectTimeout).to(builder::connectTimeout);
		map.from(provider::getStreamIdleTimeout).to(builder::streamIdleTimeout);
		map.from(provider::getStreamTimeout).to(builder::streamTimeout);
		map.from(provider::getMaxConnections).to(builder::maxConnections);
		map.from(provider::getConnectionWait).to(builder::connectionWait);
		map.from(provider::getMaxResponseSize).as(DataSize::toBytes).to(builder::maxResponseSize);
		map.from(provider::getRetries).to(builder::retries);
		map.from(provider::getRetryDelay).to(builder::retryDelay);
		map.from(provider::getCustomHeaders).to(builder::headers);
		map.from(provider::getEmbeddingModel).whenHasText().to(builder::embeddingModel);
		map.from(provider::getAppUrl).whenHasText().to(builder::appUrl);
		map.from(provider::getAppTitle).whenHasText().to(builder::appTitle);
		map.from(provider::isLogRequests).to(builder::logRequests);
		RateLimit rateLimit = provider.getRateLimit();
		boolean local = rateLimit.getStore() == LlmProperties.Store.LOCAL;
		if (local && (rateLimit.getRequestsPerMinute() != null || rateLimit.getTokensPerMinute() != null)) {
			int requests = (rateLimit.getRequestsPerMinute() != null) ? rateLimit.getRequestsPerMinute()
					: Integer.MAX_VALUE;
			builder.rateLimiter(new TokenBucketRateLimiter(requests, rateLimit.getTokensPerMinute()));
		}
		return builder;
	}

	private static void validate(String name, Provider provider, List<Problem> problems) {
		int before = problems.size();
		validateFields(name, provider, problems);
		if (problems.size() == before) {
			validateWithCore(name, provider, problems);
		}
	}

	/**
	 * Let {@link ClientConfig} apply its own rules (header names and values, key characters, blank models) to
	 * an entry whose fields passed the checks above, reporting a failure against the property it came from.
	 */
	private static void validateWithCore(String name, Provider provider, List<Problem> problems) {
		try {
			toConfig(name, provider).build();
		}
		catch (IllegalArgumentException ex) {
			String message = String.valueOf(ex.getMessage());
			Matcher field = CORE_FIELD.matcher(message);
			String property = (field.lookingAt()) ? kebab(field.group(1)) : null;
			String reason = (field.lookingAt()) ? message.substring(field.end()).trim() : message;
			problems.add(new Problem(PREFIX + name + ((property != null) ? "." + property : ""), reason,
					"correct the value"));
		}
	}

	private static String kebab(String coreField) {
		String root = (coreField.contains(".")) ? coreField.substring(0, coreField.indexOf('.')) : coreField;
		String rest = coreField.substring(root.length());
		String mapped = ("headers".equals(root)) ? "custom-headers"
				: root.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
		return mapped + rest;
	}

	private static void validateFields(String name, Provider provider, List<Problem> problems) {
		String prefix = PREFIX + name + ".";
		ProviderType type = validateType(name, provider, prefix, problems);
		if (type != null && type.requiresApiKey()) {
			validateApiKey(provider.getApiKey(), type, prefix, problems);
		}
		if (provider.getBaseUrl() != null && !provider.getBaseUrl().isBlank()) {
			validateBaseUrl(provider.getBaseUrl(), prefix, problems);
		}
		Double temperature = provider.getTemperature();
		if (temperature != null && (temperature < 0 || temperature > 2)) {
			problems.add(new Problem(prefix + "temperature", "must be between 0 and 2, was " + temperature,
					"set a value from 0 to 2"));
		}
		positive(prefix + "max-tokens", provider.getMaxTokens(), problems);
		positive(prefix + "timeout", provider.getTimeout(), problems);
		positive(prefix + "connect-timeout", provider.getConnectTimeout(), problems);
		positive(prefix + "stream-idle-timeout", provider.getStreamIdleTimeout(), problems);
		if (provider.getStreamTimeout() != null) {
			positive(prefix + "stream-timeout", provider.getStreamTimeout(), problems);
		}
		positive(prefix + "connection-wait", provider.getConnectionWait(), problems);
		positive(prefix + "max-connections", provider.getMaxConnections(), problems);
		DataSize maxResponseSize = provider.getMaxResponseSize();
		if (maxResponseSize == null || maxResponseSize.toBytes() <= 0) {
			problems.add(new Problem(prefix + "max-response-size", "must be positive, was " + maxResponseSize,
					"set a size such as 16MB"));
		}
		positive(prefix + "retry-delay", provider.getRetryDelay(), problems);
		if (provider.getRetries() < 0) {
			problems.add(new Problem(prefix + "retries", "must not be negative, was " + provider.getRetries(),
					"set it to 0 to disable retries, or more"));
		}
		positive(prefix + "rate-limit.requests-per-minute", provider.getRateLimit().getRequestsPerMinute(), problems);
		positive(prefix + "rate-limit.tokens-per-minute", provider.getRateLimit().getTokensPerMinute(), problems);
		LlmResilienceValidator.validate(prefix, provider, problems);
		provider.getCustomHeaders().forEach((header, value) -> {
			if (header.isBlank() || value == null) {
				problems.add(new Problem(prefix + "custom-headers", "has a header without a name or value",
						"give every header a name and a value"));
			}
		});
	}

	private static ProviderType validateType(String name, Provider provider, String prefix, List<Problem> problems) {
		String type = provider.getType();
		if (type != null && ProviderType.isId(type)) {
			return ProviderType.fromId(type);
		}
		if (type == null && ProviderType.isId(name)) {
			return ProviderType.fromId(name);
		}
		String reason = (type != null) ? "is '" + type + "', which is not a provider type"
				: "is not set and the entry name '" + name + "' is not a provider type";
		problems.add(new Problem(prefix + "type", reason, "set it to one of " + ProviderType.ids()));
		return null;
	}

	private static void validateApiKey(String apiKey, ProviderType type, String prefix, List<Problem> problems) {
		String variable = environmentVariable(type);
		if (apiKey == null || apiKey.isBlank()) {
			problems.add(new Problem(prefix + "api-key", "is required by provider type " + type.id() + " but is not set",
					"set it, for example to ${" + variable + "} with " + variable + " in the environment or in .env"));
			return;
		}
		Matcher placeholder = PLACEHOLDER.matcher(apiKey.trim());
		if (placeholder.matches()) {
			String missing = placeholder.group(1);
			problems.add(new Problem(prefix + "api-key", "refers to ${" + missing + "}, which is not defined",
					"define " + missing + " in the environment or in .env"));
		}
	}

	private static String environmentVariable(ProviderType type) {
		return ((type == ProviderType.CLAUDE) ? "ANTHROPIC" : type.id().toUpperCase(Locale.ROOT)) + "_API_KEY";
	}

	private static void validateBaseUrl(String baseUrl, String prefix, List<Problem> problems) {
		try {
			ClientConfig.builder().baseUrl(baseUrl).build();
		}
		catch (IllegalArgumentException ex) {
			boolean mayHoldSecret = baseUrl.contains("@") || baseUrl.contains("?");
			String shown = (mayHoldSecret) ? "" : ", was '" + baseUrl + "'";
			problems.add(new Problem(prefix + "base-url",
					"must be an absolute http or https URL without user info or query" + shown,
					"set it to a URL such as https://api.example.com/v1, and the key with api-key"));
		}
	}

	private static void positive(String property, Integer value, List<Problem> problems) {
		if (value != null && value <= 0) {
			problems.add(new Problem(property, "must be positive, was " + value, "set it to 1 or more"));
		}
	}

	private static void positive(String property, Duration value, List<Problem> problems) {
		if (value == null || value.isNegative() || value.isZero()) {
			ChronoUnit unit = (value != null && value.toMillis() % 1000 == 0) ? ChronoUnit.SECONDS : ChronoUnit.MILLIS;
			String shown = (value != null) ? DurationStyle.SIMPLE.print(value, unit) : "not set";
			problems.add(new Problem(property, "must be a positive duration, was " + shown,
					"set a duration such as 30s or 500ms"));
		}
	}

}
