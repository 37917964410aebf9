package io.github.llmkit.provider;

import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class Base64DataTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void writesTheSameBase64AsTheJdkForEveryPaddingAndAcrossChunks() {
		Random random = new Random(42);
		for (int size : new int[] { 1, 2, 3, 4, 5, 6143, 6144, 6145, 20_000 }) {
			byte[] data = new byte[size];
			random.nextBytes(data);
			ObjectNode body = JSON.createObjectNode();
			body.set("raw", Base64Data.node(null, data));
			body.set("url", Base64Data.dataUrl("image/png", data));
			body.put("after", 1);
			String expected = Base64.getEncoder().encodeToString(data);
			ObjectNode read = (ObjectNode) JSON.readTree(Base64Data.write(JSON, body));
			assertThat(read.get("raw").asString()).isEqualTo(expected);
			assertThat(read.get("url").asString()).isEqualTo("data:image/png;base64," + expected);
			assertThat(read.get("after").asInt()).isEqualTo(1);
		}
	}

	@Test
	void bodyWithBase64IsWrittenIntoAnArrayOfExactlyItsSize() {
		byte[] data = new byte[1000];
		ObjectNode body = JSON.createObjectNode().put("model", "m");
		body.putArray("messages").addObject().set("data", Base64Data.node(null, data));
		byte[] written = Base64Data.write(JSON, body);
		String text = new String(written);
		assertThat(text).startsWith("{\"model\":\"m\",\"messages\":[{\"data\":\"AAAA").endsWith("AA==\"}]}");
		assertThat(written).hasSize(text.length());
		assertThat(Base64Data.encodedLength(1000)).isEqualTo(1336);
	}

	@Test
	void bodyWithoutBase64IsWrittenAsUsual() {
		ObjectNode body = JSON.createObjectNode().put("model", "m");
		assertThat(Base64Data.containedIn(body)).isFalse();
		assertThat(new String(Base64Data.write(JSON, body))).isEqualTo("{\"model\":\"m\"}");
	}

}
