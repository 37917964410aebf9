package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;

/**
 * The client side of {@link SmallHeapTests}, run in a JVM with a small heap: one call against a hostile answer,
 * then one that must still work, with the default settings. Prints what happened; an
 * {@link OutOfMemoryError} ends the JVM with a non-zero status.
 */
final class SmallHeapClient {

	private SmallHeapClient() {
	}

	public static void main(String[] args) {
		List<Message> hello = List.of(Message.user("Hello"));
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI,
				ClientConfig.builder().name("small").apiKey("sk-test").baseUrl(args[0]).retries(0).build())) {
			try {
				if ("stream".equals(args[1])) {
					client.streamChat(hello, StreamListeners.none());
				}
				else {
					client.chat(hello);
				}
				System.out.println("first call: no failure");
			}
			catch (LlmException ex) {
				System.out.println("first call: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			System.out.println("next call: " + client.chat(hello).text());
		}
	}

}
