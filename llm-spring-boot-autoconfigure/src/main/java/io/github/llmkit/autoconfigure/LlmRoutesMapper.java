package io.github.llmkit.autoconfigure;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.route.LlmRoute;
import io.github.llmkit.route.RouteListener;

import org.springframework.beans.factory.BeanFactory;

/**
 * Checks {@code llm.routes} and {@code llm.route-options}, and builds each route from its member beans.
 */
final class LlmRoutesMapper {

	private LlmRoutesMapper() {
	}

	static void validate(LlmProperties properties, List<Problem> problems) {
		Set<String> entries = properties.getProviders().keySet();
		properties.getRoutes().forEach((route, members) -> {
			String property = "llm.routes." + route;
			if (entries.contains(route)) {
				problems.add(new Problem(property, "has the name of an llm.providers entry",
						"give the route a name of its own"));
			}
			if (members.isEmpty()) {
				problems.add(new Problem(property, "has no members", "list llm.providers entries, such as [openai, claude]"));
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < members.size(); i++) {
				String member = members.get(i);
				if (!entries.contains(member)) {
					problems.add(new Problem(property + "[" + i + "]", "names '" + member
							+ "', which is not an entry of llm.providers", "use one of " + String.join(", ", entries)));
				}
				else if (!seen.add(member)) {
					problems.add(new Problem(property + "[" + i + "]", "lists '" + member + "' twice",
							"list each member once"));
				}
			}
		});
		properties.getRouteOptions().forEach((route, members) -> members.forEach((member, options) -> {
			String property = "llm.route-options." + route + "." + member;
			List<String> routeMembers = properties.getRoutes().get(route);
			if (routeMembers == null) {
				problems.add(new Problem(property, "names route '" + route + "', which is not in llm.routes",
						"add the route to llm.routes, or remove these options"));
			}
			else if (!routeMembers.contains(member)) {
				problems.add(new Problem(property, "names '" + member + "', which is not a member of route '" + route
						+ "'", "use one of " + String.join(", ", routeMembers)));
			}
			Double temperature = options.getTemperature();
			if (temperature != null && (temperature < 0 || temperature > 2)) {
				problems.add(new Problem(property + ".temperature", "must be between 0 and 2, was " + temperature,
						"set a value from 0 to 2"));
			}
			if (options.getMaxTokens() != null && options.getMaxTokens() <= 0) {
				problems.add(new Problem(property + ".max-tokens", "must be positive, was " + options.getMaxTokens(),
						"set it to 1 or more"));
			}
			if (options.getModel() != null && options.getModel().isBlank()) {
				problems.add(new Problem(property + ".model", "must not be blank", "name a model, or remove it"));
			}
		}));
	}

	static LlmRoute create(String name, LlmProperties properties, BeanFactory beanFactory) {
		LlmRoute.Builder builder = LlmRoute.builder(name)
			.authenticationFailsOver(properties.isFailoverOnAuthentication());
		Map<String, LlmRouteMemberProperties> options = properties.getRouteOptions().getOrDefault(name, Map.of());
		for (String member : properties.getRoutes().get(name)) {
			builder.member(beanFactory.getBean(member, LlmClient.class), options(options.get(member)));
		}
		List<RouteListener> listeners = beanFactory.getBeanProvider(RouteListener.class).orderedStream().toList();
		if (!listeners.isEmpty()) {
			builder.listener((route, member, reason, failure) -> listeners
				.forEach((listener) -> listener.onFailover(route, member, reason, failure)));
		}
		return builder.build();
	}

	private static ChatOptions options(LlmRouteMemberProperties properties) {
		if (properties == null) {
			return null;
		}
		return ChatOptions.builder()
			.model(properties.getModel())
			.temperature(properties.getTemperature())
			.maxTokens(properties.getMaxTokens())
			.build();
	}

}
