package io.github.llmkit.test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.SplittableRandom;

import tools.jackson.databind.node.ArrayNode;

/**
 * Deterministic unit-length embedding vectors derived from a hash of the text: equal texts get equal vectors.
 */
final class Embeddings {

	private Embeddings() {
	}

	static float[] vector(String text, int dimensions) {
		SplittableRandom random = new SplittableRandom(text.hashCode() * 0x9E3779B97F4A7C15L + text.length());
		float[] values = new float[dimensions];
		double norm = 0;
		for (int i = 0; i < dimensions; i++) {
			double value = random.nextDouble(-1.0, 1.0);
			values[i] = (float) value;
			norm += value * value;
		}
		float scale = (float) (1.0 / Math.sqrt(Math.max(norm, 1e-12)));
		for (int i = 0; i < dimensions; i++) {
			values[i] *= scale;
		}
		return values;
	}

	static ArrayNode floats(float[] vector) {
		ArrayNode array = Json.array();
		for (float value : vector) {
			array.add(value);
		}
		return array;
	}

	/**
	 * Encode a vector as base64 of little-endian float32 values, as OpenAI's {@code encoding_format: base64}.
	 */
	static String base64(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		for (float value : vector) {
			buffer.putFloat(value);
		}
		return Base64.getEncoder().encodeToString(buffer.array());
	}

}
