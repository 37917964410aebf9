package io.github.llmkit.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCallTests {

	@Test
	void toStringMasksCredentialHeadersAndOmitsTheBody() {
		HttpCall call = HttpCall.post("chat", "https://host/v1/chat/completions",
				Map.of("Authorization", "Bearer sk-secret", "X-Portkey-Api-Key", "pk-secret"),
				"{\"messages\":[{\"content\":\"private\"}]}".getBytes(StandardCharsets.UTF_8));
		assertThat(call.toString()).doesNotContain("sk-secret", "pk-secret", "private")
			.contains("Authorization=******", "body=36 bytes");
	}

}
