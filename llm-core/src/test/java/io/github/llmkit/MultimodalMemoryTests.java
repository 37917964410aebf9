package io.github.llmkit;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.content.ContentPart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one call with a 10 MB image costs the calling thread in heap allocations: the request body holds the
 * image's base64 text once (4/3 of its bytes), and nothing else of that size is allocated.
 */
class MultimodalMemoryTests extends SimulatorTestSupport {

	private static final int IMAGE_BYTES = 10 * 1024 * 1024;

	private static final long BASE64_BYTES = 4L * ((IMAGE_BYTES + 2) / 3);

	@Test
	void chatWithTenMegabyteImageAllocatesAboutOneBase64CopyOfIt() {
		assertThat(allocatedByOneCall(ProviderType.OPENAI, false)).isBetween(BASE64_BYTES, BASE64_BYTES + BASE64_BYTES / 5);
	}

	@Test
	void streamedChatWithTenMegabyteImageAllocatesAboutOneBase64CopyOfIt() {
		assertThat(allocatedByOneCall(ProviderType.OPENROUTER, true)).isBetween(BASE64_BYTES, BASE64_BYTES + BASE64_BYTES / 5);
	}

	@Test
	void geminiChatWithTenMegabyteImageAllocatesAboutOneBase64CopyOfIt() {
		assertThat(allocatedByOneCall(ProviderType.GEMINI, false)).isBetween(BASE64_BYTES, BASE64_BYTES + BASE64_BYTES / 5);
	}

	private long allocatedByOneCall(ProviderType type, boolean stream) {
		byte[] image = new byte[IMAGE_BYTES];
		Arrays.fill(image, (byte) 0x5a);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		try (LlmClient client = client(type)) {
			call(client, stream, Message.user("Warm up", ContentPart.image(new byte[] { 1, 2, 3 }, "image/jpeg")));
			Message message = Message.user("What is this?", ContentPart.image(image, "image/jpeg"));
			long before = threads.getCurrentThreadAllocatedBytes();
			call(client, stream, message);
			long allocated = threads.getCurrentThreadAllocatedBytes() - before;
			System.out.printf("%s %s call with a %d-byte image allocated %d bytes on the calling thread (%.2fx)%n",
					type.id(), (stream) ? "streamed" : "blocking", IMAGE_BYTES, allocated,
					(double) allocated / IMAGE_BYTES);
			return allocated;
		}
	}

	private static void call(LlmClient client, boolean stream, Message message) {
		String text = (stream) ? client.streamChat(List.of(message), StreamListeners.text((delta) -> {
		})).text() : client.chat(List.of(message)).text();
		assertThat(text).contains("image/jpeg");
	}

}
