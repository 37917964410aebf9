package io.github.llmkit.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTests {

	@Test
	void masksCredentialHeadersInAnyCase() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", "Bearer sk-1");
		headers.put("x-api-key", "sk-ant-2");
		headers.put("X-Goog-Api-Key", "AIza-3");
		headers.put("Accept", "application/json");
		assertThat(Redactor.headers(headers)).isEqualTo(
				"{Authorization=******, x-api-key=******, X-Goog-Api-Key=******, Accept=application/json}");
	}

	@Test
	void masksCustomHeadersWhoseNameSuggestsACredential() {
		assertThat(Redactor.isSecretHeader("X-Portkey-Api-Key")).isTrue();
		assertThat(Redactor.isSecretHeader("cf-aig-authorization")).isTrue();
		assertThat(Redactor.isSecretHeader("X-Session-Token")).isTrue();
		assertThat(Redactor.isSecretHeader("OpenAI-Organization")).isFalse();
		assertThat(Redactor.isSecretHeader("X-Title")).isFalse();
	}

	@Test
	void masksKeyQueryParameters() {
		assertThat(Redactor.url("https://host/v1beta/models/g:generateContent?alt=sse&key=AIza-secret"))
			.isEqualTo("https://host/v1beta/models/g:generateContent?alt=sse&key=******");
		assertThat(Redactor.url("https://host/x?KEY=abc#frag")).isEqualTo("https://host/x?KEY=******#frag");
		assertThat(Redactor.url("https://host/x?monkey=1")).isEqualTo("https://host/x?monkey=1");
	}

	@Test
	void masksEveryOccurrenceOfSecret() {
		assertThat(Redactor.text("a sk-123456 b sk-123456", "sk-123456")).isEqualTo("a ****** b ******");
		assertThat(Redactor.text(null, "sk-123456")).isNull();
		assertThat(Redactor.text("abc", null)).isEqualTo("abc");
	}

	@Test
	void replacesLongBase64RunsByTheirLength() {
		String base64 = "QUJD".repeat(100);
		assertThat(Redactor.text("{\"data\":\"data:image/png;base64," + base64 + "\",\"k\":\"sk-1234\"}", "sk-1234"))
			.isEqualTo("{\"data\":\"data:image/png;base64,[base64, 400 chars]\",\"k\":\"******\"}");
		assertThat(Redactor.text("short QUJD text", null)).isEqualTo("short QUJD text");
	}

	@Test
	void masksTheSecretsStartWhereverTheTextWasCutInsideIt() {
		String secret = "fake-key-0123456789abcdefghij";
		for (int cut = 0; cut <= secret.length(); cut++) {
			String piece = secret.substring(0, cut);
			for (String text : new String[] { "failed for key " + piece, "failed for key " + piece + "...",
					"failed for key " + piece + "\u2026" }) {
				String printable = Redactor.text(text, secret);
				for (int start = 0; start + 4 <= secret.length(); start++) {
					assertThat(printable).as("cut at %d: %s", cut, text).doesNotContain(secret.substring(start, start + 4));
				}
				assertThat(printable).startsWith("failed for key ");
			}
		}
	}

	@Test
	void leavesOrdinaryEndingsThatShareOnlyAVendorPrefix() {
		assertThat(Redactor.text("the model said sk-", "sk-fake")).isEqualTo("the model said sk-");
		assertThat(Redactor.text("not found", "test-key")).isEqualTo("not found");
	}

}
