package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic answers given when no reply is scripted: an echo, a {@code get_weather} call when the user
 * asks about weather, a {@code calculator} call for arithmetic (each only when that tool is offered), and a text
 * answer quoting the result after a tool result, and for a message with images or documents an echo that lists
 * each one's kind, type and size.
 */
final class DefaultReplies {

	static final String WEATHER_TOOL = "get_weather";

	static final String CALCULATOR_TOOL = "calculator";

	private static final Pattern CITY = Pattern
		.compile("\\b(?:[Ii]n|[Ff]or|[Aa]t)\\s+(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*)");

	private static final Pattern ARITHMETIC = Pattern
		.compile("\\(?-?\\d+(?:\\.\\d+)?\\)?(?:\\s*[-+*/^%]\\s*\\(?-?\\d+(?:\\.\\d+)?\\)?)+");

	private static final String DEFAULT_CITY = "Paris";

	private DefaultReplies() {
	}

	static MockReply answer(Conversation conversation) {
		MockReply reply = decide(conversation);
		if (conversation.wantsReasoning()) {
			reply = reply.withReasoning("The user wrote: " + quoteOrNothing(conversation.lastUserText()) + ".");
		}
		return reply;
	}

	private static MockReply decide(Conversation conversation) {
		if (!conversation.toolResults().isEmpty()) {
			return MockReply.text("The tool returned: " + String.join("; ", conversation.toolResults()));
		}
		String text = conversation.lastUserText();
		if (!conversation.attachments().isEmpty()) {
			return MockReply.text("You said: " + text + " " + Attachment.describe(conversation.attachments()));
		}
		if (text == null || text.isBlank()) {
			return MockReply.text("You said nothing.");
		}
		List<MockToolCall> calls = new ArrayList<>();
		if (conversation.tools().contains(WEATHER_TOOL) && text.toLowerCase(Locale.ROOT).contains("weather")) {
			calls.add(MockToolCall.of(WEATHER_TOOL, "{\"city\":" + Json.quote(city(text)) + "}"));
		}
		Matcher arithmetic = ARITHMETIC.matcher(text);
		if (conversation.tools().contains(CALCULATOR_TOOL) && arithmetic.find()) {
			calls.add(MockToolCall.of(CALCULATOR_TOOL,
					"{\"expression\":" + Json.quote(arithmetic.group().strip()) + "}"));
		}
		if (!calls.isEmpty()) {
			return MockReply.toolCalls(calls.toArray(new MockToolCall[0]));
		}
		return MockReply.text("You said: " + text);
	}

	private static String city(String text) {
		Matcher matcher = CITY.matcher(text);
		return (matcher.find()) ? matcher.group(1) : DEFAULT_CITY;
	}

	private static String quoteOrNothing(String text) {
		return (text != null) ? "\"" + text + "\"" : "nothing";
	}

}
