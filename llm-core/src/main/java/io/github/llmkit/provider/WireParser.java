package io.github.llmkit.provider;

import io.github.llmkit.LlmException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.LlmTransportException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a provider's answer token by token, without building a tree, and checks the type of every field a
 * family reads: a field of the wrong type fails with a typed {@link LlmException} naming the client and the
 * field's path. One instance per parsed document, used on one thread; always {@linkplain #close() closed}.
 *
 * @since 0.1.0
 */
public final class WireParser implements AutoCloseable {

	private final JsonParser parser;

	private final JsonMapper json;

	private final String clientName;

	private final String what;

	private final boolean stream;

	private WireParser(JsonParser parser, JsonMapper json, String clientName, String what, boolean stream) {
		this.parser = parser;
		this.json = json;
		this.clientName = clientName;
		this.what = what;
		this.stream = stream;
	}

	/**
	 * Open one streamed event; failures are {@link LlmStreamException}s.
	 * @param json the mapper
	 * @param data the event data
	 * @param clientName the client's name, for errors
	 * @param what what the data is, for errors ({@code chunk}, {@code content_block_delta event})
	 * @return the parser, positioned on the event's root object
	 * @throws LlmStreamException when the data is not a JSON object
	 */
	public static WireParser event(JsonMapper json, String data, String clientName, String what) {
		return open(json, data, null, clientName, what, true);
	}

	/**
	 * Open a whole answer body; failures are {@link LlmTransportException}s.
	 * @param json the mapper
	 * @param body the body bytes
	 * @param clientName the client's name, for errors
	 * @param what what the body answers, for errors ({@code chat}, {@code embeddings})
	 * @return the parser, positioned on the body's root object
	 * @throws LlmTransportException when the body is not a JSON object
	 */
	public static WireParser body(JsonMapper json, byte[] body, String clientName, String what) {
		return open(json, null, body, clientName, what, false);
	}

	private static WireParser open(JsonMapper json, String data, byte[] body, String clientName, String what,
			boolean stream) {
		WireParser wire = null;
		try {
			JsonParser parser = (data != null) ? json.createParser(data) : json.createParser(body);
			wire = new WireParser(parser, json, clientName, what, stream);
			JsonToken first = parser.nextToken();
			if (first != JsonToken.START_OBJECT) {
				throw wire.malformed("is " + kind(first) + ", not a JSON object");
			}
			return wire;
		}
		catch (JacksonException ex) {
			throw syntax(clientName, what, stream, ex);
		}
		catch (RuntimeException ex) {
			if (wire != null) {
				wire.close();
			}
			throw ex;
		}
	}

	/**
	 * Advance to the next field of the current object and to its value.
	 * @return the field's name, or null at the end of the object
	 */
	public String nextField() {
		try {
			String name = this.parser.nextName();
			if (name != null) {
				this.parser.nextToken();
			}
			return name;
		}
		catch (JacksonException ex) {
			throw syntax(ex);
		}
	}

	/**
	 * Return whether the current value is the start of an object, failing unless it is an object or null.
	 * @param path the field's path, for the error ({@code choices[0].delta})
	 * @return true for an object (now entered), false for null
	 */
	public boolean object(String path) {
		return expect(JsonToken.START_OBJECT, path, "an object");
	}

	/**
	 * Return whether the current value is the start of an array, failing unless it is an array or null.
	 * @param path the field's path, for the error
	 * @return true for an array (now entered), false for null
	 */
	public boolean array(String path) {
		return expect(JsonToken.START_ARRAY, path, "an array");
	}

	/**
	 * Advance to the next element of the current array.
	 * @return the element's first token, or null at the end of the array
	 */
	public JsonToken nextElement() {
		try {
			JsonToken token = this.parser.nextToken();
			return (token == JsonToken.END_ARRAY) ? null : token;
		}
		catch (JacksonException ex) {
			throw syntax(ex);
		}
	}

	/**
	 * Return the current value as a string, failing unless it is a string or null.
	 * @param path the field's path, for the error
	 * @return the string, or null
	 */
	public String string(String path) {
		JsonToken token = this.parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			try {
				return this.parser.getString();
			}
			catch (JacksonException ex) {
				throw syntax(ex);
			}
		}
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		throw mistyped(path, token, "a string");
	}

	/**
	 * Return the current value as an integer, failing unless it is an integral number or null.
	 * @param path the field's path, for the error
	 * @return the number, or null
	 */
	public Integer integer(String path) {
		JsonToken token = this.parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT) {
			try {
				return this.parser.getIntValue();
			}
			catch (JacksonException ex) {
				throw syntax(ex);
			}
		}
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		throw mistyped(path, token, "an integer");
	}

	/**
	 * Return the token the parser is on.
	 * @return the current token
	 */
	public JsonToken token() {
		return this.parser.currentToken();
	}

	/**
	 * Read the current value as a tree, for the rare parts a family keeps whole (usage, content arrays).
	 * @return the value's tree
	 */
	public JsonNode tree() {
		try {
			return this.parser.readValueAsTree();
		}
		catch (JacksonException ex) {
			throw syntax(ex);
		}
	}

	/**
	 * Skip the current value, with its children when it is an object or array.
	 */
	public void skip() {
		try {
			this.parser.skipChildren();
		}
		catch (JacksonException ex) {
			throw syntax(ex);
		}
	}

	/**
	 * Return the failure for a field of the wrong type.
	 * @param path the field's path
	 * @param token the token found
	 * @param expected what was expected ({@code a string})
	 * @return the exception to throw
	 */
	public LlmException mistyped(String path, JsonToken token, String expected) {
		return malformed("has " + path + " as " + kind(token) + " where " + expected + " belongs");
	}

	/**
	 * Return the failure for an answer that is malformed or misses something.
	 * @param problem what is wrong, completing "{client} sent a {what} that ..." ({@code has no choices})
	 * @return the exception to throw
	 */
	public LlmException malformed(String problem) {
		return failure(this.clientName, this.what, this.stream, problem, null);
	}

	private boolean expect(JsonToken start, String path, String expected) {
		JsonToken token = this.parser.currentToken();
		if (token == start) {
			return true;
		}
		if (token == JsonToken.VALUE_NULL) {
			return false;
		}
		throw mistyped(path, token, expected);
	}

	private LlmException syntax(JacksonException ex) {
		return syntax(this.clientName, this.what, this.stream, ex);
	}

	private static LlmException syntax(String clientName, String what, boolean stream, JacksonException ex) {
		if (stream) {
			return new LlmStreamException(clientName, null,
					clientName + " stream sent a malformed " + what + ": " + ex.getOriginalMessage(), ex);
		}
		return new LlmTransportException(clientName,
				clientName + " answered " + what + " with malformed JSON: " + ex.getOriginalMessage(), ex, false);
	}

	/**
	 * Return the failure for an answer that is malformed or misses something, as {@link #malformed(String)}
	 * does, for families that check a tree.
	 * @param clientName the client's name
	 * @param what what the answer is ({@code chat}, {@code chunk})
	 * @param stream whether it is a streamed event
	 * @param problem what is wrong, completing "{client} sent a {what} that ..."
	 * @return the exception to throw
	 */
	public static LlmException failure(String clientName, String what, boolean stream, String problem) {
		return failure(clientName, what, stream, problem, null);
	}

	private static LlmException failure(String clientName, String what, boolean stream, String problem,
			Throwable cause) {
		if (stream) {
			return new LlmStreamException(clientName, null,
					clientName + " stream sent a " + what + " that " + problem, cause);
		}
		return new LlmTransportException(clientName, clientName + " answered " + what + " with a body that " + problem,
				cause, false);
	}

	static String kind(JsonToken token) {
		if (token == null) {
			return "empty";
		}
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> token.name();
		};
	}

	@Override
	public void close() {
		this.parser.close();
	}

}
