package io.github.llmkit.provider.openai;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.provider.WireParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads one Chat Completions answer (a whole {@code chat.completion} or one stream chunk) with the streaming
 * parser, keeping only what the family uses from the first choice, and checking every field it reads: a
 * field of the wrong type fails, naming its path. The rare nested parts (usage, content part arrays,
 * OpenRouter's {@code reasoning_details}) are kept as small trees. One instance per stream or call.
 */
final class OpenAiAnswerReader {

	private final String choice;

	private final String contentPath;

	private final String toolCallsPath;

	private final String reasoningContentPath;

	private final String reasoningPath;

	private final String detailsPath;

	String id;

	String model;

	boolean hasChoice;

	boolean hasMessage;

	boolean error;

	String content;

	JsonNode contentParts;

	String reasoningContent;

	String reasoning;

	JsonNode reasoningDetails;

	List<ToolCallDelta> toolCalls;

	String finishReason;

	JsonNode usage;

	JsonNode groq;

	/**
	 * Create a reader.
	 * @param choice the field holding a choice's answer: {@code delta} in a chunk, {@code message} in a body
	 */
	OpenAiAnswerReader(String choice) {
		this.choice = choice;
		this.contentPath = "choices[0]." + choice + ".content";
		this.toolCallsPath = "choices[0]." + choice + ".tool_calls";
		this.reasoningContentPath = "choices[0]." + choice + ".reasoning_content";
		this.reasoningPath = "choices[0]." + choice + ".reasoning";
		this.detailsPath = "choices[0]." + choice + ".reasoning_details";
	}

	/**
	 * Read a document whose root object the parser is on; stops early at a non-null {@code error} field.
	 * @param wire the parser
	 */
	void read(WireParser wire) {
		reset();
		String name;
		while ((name = wire.nextField()) != null) {
			switch (name) {
				case "id" -> this.id = wire.string("id");
				case "model" -> this.model = wire.string("model");
				case "choices" -> choices(wire);
				case "usage" -> this.usage = objectTree(wire, "usage");
				case "x_groq" -> this.groq = objectTree(wire, "x_groq");
				case "error" -> {
					if (wire.token() != JsonToken.VALUE_NULL) {
						this.error = true;
						return;
					}
				}
				default -> wire.skip();
			}
		}
	}

	private void reset() {
		this.id = null;
		this.model = null;
		this.hasChoice = false;
		this.hasMessage = false;
		this.error = false;
		this.content = null;
		this.contentParts = null;
		this.reasoningContent = null;
		this.reasoning = null;
		this.reasoningDetails = null;
		this.toolCalls = null;
		this.finishReason = null;
		this.usage = null;
		this.groq = null;
	}

	private void choices(WireParser wire) {
		if (!wire.array("choices")) {
			return;
		}
		JsonToken token;
		while ((token = wire.nextElement()) != null) {
			if (this.hasChoice) {
				wire.skip();
				continue;
			}
			if (token != JsonToken.START_OBJECT) {
				throw wire.mistyped("choices[0]", token, "an object");
			}
			this.hasChoice = true;
			choice(wire);
		}
	}

	private void choice(WireParser wire) {
		String name;
		while ((name = wire.nextField()) != null) {
			if (name.equals(this.choice)) {
				this.hasMessage = wire.object("choices[0]." + this.choice);
				if (this.hasMessage) {
					message(wire);
				}
			}
			else if (name.equals("finish_reason")) {
				this.finishReason = wire.string("choices[0].finish_reason");
			}
			else {
				wire.skip();
			}
		}
	}

	private void message(WireParser wire) {
		String name;
		while ((name = wire.nextField()) != null) {
			switch (name) {
				case "content" -> content(wire);
				case "reasoning_content" -> this.reasoningContent = wire.string(this.reasoningContentPath);
				case "reasoning" -> this.reasoning = wire.string(this.reasoningPath);
				case "reasoning_details" -> this.reasoningDetails = arrayTree(wire, this.detailsPath);
				case "tool_calls" -> toolCalls(wire);
				default -> wire.skip();
			}
		}
	}

	private void content(WireParser wire) {
		JsonToken token = wire.token();
		if (token == JsonToken.START_ARRAY) {
			this.contentParts = wire.tree();
		}
		else {
			this.content = wire.string(this.contentPath);
		}
	}

	private void toolCalls(WireParser wire) {
		if (!wire.array(this.toolCallsPath)) {
			return;
		}
		JsonToken token;
		int position = 0;
		while ((token = wire.nextElement()) != null) {
			if (token != JsonToken.START_OBJECT) {
				throw wire.mistyped(this.toolCallsPath + "[" + position + "]", token, "an object");
			}
			if (this.toolCalls == null) {
				this.toolCalls = new ArrayList<>(2);
			}
			this.toolCalls.add(toolCall(wire, position));
			position++;
		}
	}

	private ToolCallDelta toolCall(WireParser wire, int position) {
		Integer index = null;
		String id = null;
		String name = null;
		String arguments = null;
		String field;
		while ((field = wire.nextField()) != null) {
			switch (field) {
				case "index" -> index = wire.integer(this.toolCallsPath + "[" + position + "].index");
				case "id" -> id = wire.string(this.toolCallsPath + "[" + position + "].id");
				case "function" -> {
					if (wire.object(this.toolCallsPath + "[" + position + "].function")) {
						String part;
						while ((part = wire.nextField()) != null) {
							if (part.equals("name")) {
								name = wire.string(this.toolCallsPath + "[" + position + "].function.name");
							}
							else if (part.equals("arguments")) {
								arguments = (wire.token() == JsonToken.START_OBJECT) ? wire.tree().toString()
										: wire.string(this.toolCallsPath + "[" + position + "].function.arguments");
							}
							else {
								wire.skip();
							}
						}
					}
				}
				default -> wire.skip();
			}
		}
		return new ToolCallDelta((index != null) ? index : position, id, name, arguments);
	}

	private static JsonNode objectTree(WireParser wire, String path) {
		return (wire.token() == JsonToken.VALUE_NULL) ? null : checked(wire, path, JsonToken.START_OBJECT);
	}

	private static JsonNode arrayTree(WireParser wire, String path) {
		return (wire.token() == JsonToken.VALUE_NULL) ? null : checked(wire, path, JsonToken.START_ARRAY);
	}

	private static JsonNode checked(WireParser wire, String path, JsonToken start) {
		if (wire.token() != start) {
			throw wire.mistyped(path, wire.token(), (start == JsonToken.START_OBJECT) ? "an object" : "an array");
		}
		return wire.tree();
	}

}
