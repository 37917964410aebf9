package io.github.llmkit.route;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatOptions;

/**
 * One member of a {@link LlmRoute}: a client and the options it uses on the route's behalf (typically its own
 * model, such as {@code gpt-4o-mini} on one member and {@code claude-haiku-4-5} on another).
 *
 * @param client the client
 * @param options settings that override the call's for this member; their null fields take the call's
 * @since 0.1.0
 */
public record RouteMember(LlmClient client, ChatOptions options) {

	/**
	 * Create a member, defaulting null options to none.
	 * @throws IllegalArgumentException if the client is null
	 */
	public RouteMember {
		if (client == null) {
			throw new IllegalArgumentException("'client' must not be null");
		}
		options = (options != null) ? options : ChatOptions.none();
	}

	/**
	 * Return the member's client name.
	 * @return the name
	 */
	public String name() {
		return this.client.name();
	}

	/**
	 * Return the options for one call: the member's fields where set, the call's elsewhere.
	 * @param call the call's options, or null
	 * @return the merged options
	 */
	public ChatOptions optionsFor(ChatOptions call) {
		if (call == null) {
			return this.options;
		}
		return (this.options.equals(ChatOptions.none())) ? call : this.options.orElse(call);
	}

}
