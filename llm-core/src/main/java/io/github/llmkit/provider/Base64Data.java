package io.github.llmkit.provider;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.node.POJONode;

/**
 * Bytes that a request body carries as a base64 JSON string, optionally behind a prefix such as
 * {@code data:image/png;base64,}. The bytes are referenced, not copied, and encoded chunk by chunk straight
 * into the generator when the body is written, so no base64 copy of them is ever held as a string.
 *
 * @since 0.1.0
 */
public final class Base64Data extends JacksonSerializable.Base {

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
		.toCharArray();

	private static final int CHUNK_BYTES = 3 * 2048;

	private final String prefix;

	private final byte[] data;

	private Base64Data(String prefix, byte[] data) {
		this.prefix = prefix;
		this.data = data;
	}

	/**
	 * Return a tree node that writes the bytes as one base64 string.
	 * @param prefix text before the base64, such as a data-URL head, or null for none
	 * @param data the bytes, referenced as they are
	 * @return the node
	 */
	public static JsonNode node(String prefix, byte[] data) {
		return new POJONode(new Base64Data((prefix != null) ? prefix : "", data));
	}

	/**
	 * Return a tree node that writes the bytes as a {@code data:} URL of the given type.
	 * @param mimeType the MIME type
	 * @param data the bytes
	 * @return the node
	 */
	public static JsonNode dataUrl(String mimeType, byte[] data) {
		return node("data:" + mimeType + ";base64,", data);
	}

	/**
	 * Return the length of the base64 text of some number of bytes, padding included.
	 * @param bytes the number of bytes
	 * @return the number of base64 characters
	 */
	public static long encodedLength(long bytes) {
		return 4 * ((bytes + 2) / 3);
	}

	/**
	 * Write a request body to bytes. A body holding {@link Base64Data} is measured first and then written into
	 * one array of exactly its size, so the body costs one copy of its base64 text; other bodies are written as
	 * usual.
	 * @param json the mapper
	 * @param body the body
	 * @return the JSON bytes
	 */
	public static byte[] write(JsonMapper json, JsonNode body) {
		if (!containedIn(body)) {
			return json.writeValueAsBytes(body);
		}
		SizeCounter counter = new SizeCounter();
		json.writeValue(counter, body);
		if (counter.size > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("The request body would be " + counter.size
					+ " bytes, more than one Java array holds; send fewer or smaller images and documents");
		}
		ArrayTarget target = new ArrayTarget(new byte[(int) counter.size]);
		json.writeValue(target, body);
		if (target.position != target.array.length) {
			throw new IllegalStateException("Request body changed size between measuring and writing");
		}
		return target.array;
	}

	static boolean containedIn(JsonNode node) {
		if (node instanceof POJONode pojo) {
			return pojo.getPojo() instanceof Base64Data;
		}
		if (node.isContainer()) {
			for (JsonNode child : node.values()) {
				if (containedIn(child)) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public void serialize(JsonGenerator gen, SerializationContext context) {
		gen.writeRawValue("\"" + this.prefix);
		if (gen.streamWriteOutputTarget() instanceof SizeCounter counter) {
			gen.flush();
			counter.size += encodedLength(this.data.length);
		}
		else {
			encode(gen);
		}
		gen.writeRaw('"');
	}

	@Override
	public void serializeWithType(JsonGenerator gen, SerializationContext context, TypeSerializer typeSerializer) {
		serialize(gen, context);
	}

	private void encode(JsonGenerator gen) {
		char[] out = new char[encodedChunkLength()];
		for (int start = 0; start < this.data.length; start += CHUNK_BYTES) {
			int end = Math.min(start + CHUNK_BYTES, this.data.length);
			int n = 0;
			int i = start;
			for (; i + 2 < end; i += 3) {
				int bits = (this.data[i] & 0xff) << 16 | (this.data[i + 1] & 0xff) << 8 | (this.data[i + 2] & 0xff);
				out[n++] = ALPHABET[bits >>> 18];
				out[n++] = ALPHABET[(bits >>> 12) & 0x3f];
				out[n++] = ALPHABET[(bits >>> 6) & 0x3f];
				out[n++] = ALPHABET[bits & 0x3f];
			}
			if (i < end) {
				int bits = (this.data[i] & 0xff) << 16 | ((i + 1 < end) ? (this.data[i + 1] & 0xff) << 8 : 0);
				out[n++] = ALPHABET[bits >>> 18];
				out[n++] = ALPHABET[(bits >>> 12) & 0x3f];
				out[n++] = (i + 1 < end) ? ALPHABET[(bits >>> 6) & 0x3f] : '=';
				out[n++] = '=';
			}
			gen.writeRaw(out, 0, n);
		}
	}

	private int encodedChunkLength() {
		return (int) encodedLength(Math.min(CHUNK_BYTES, this.data.length));
	}

	/**
	 * Return the size only, never the bytes.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "Base64Data[" + this.data.length + " bytes]";
	}

	private static final class SizeCounter extends OutputStream {

		private long size;

		@Override
		public void write(int b) {
			this.size++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.size += len;
		}

	}

	private static final class ArrayTarget extends OutputStream {

		private final byte[] array;

		private int position;

		ArrayTarget(byte[] array) {
			this.array = array;
		}

		@Override
		public void write(int b) {
			this.array[this.position++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			System.arraycopy(b, off, this.array, this.position, len);
			this.position += len;
		}

	}

}
