package io.github.llmkit.autoconfigure.dotenv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the lines of a {@code .env} file: {@code KEY=value} with an optional {@code export } prefix, blank
 * lines and {@code #} comment lines, inline {@code  # comments} outside quotes, values in matching single
 * quotes (literal) or double quotes ({@code \"}, {@code \\} and {@code \n} escapes), empty values, and
 * {@code =} inside values. A malformed line is skipped and reported by its number; its value never is.
 */
final class DotenvParser {

	private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

	private DotenvParser() {
	}

	static Result parse(List<String> lines) {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String problem = parseLine(line, values);
			if (problem != null) {
				problems.add("line " + (i + 1) + ": " + problem);
			}
		}
		return new Result(values, problems);
	}

	private static String parseLine(String line, Map<String, String> values) {
		if (line.startsWith("export ") || line.startsWith("export\t")) {
			line = line.substring(7).stripLeading();
		}
		int equals = line.indexOf('=');
		if (equals < 0) {
			return "expected KEY=value";
		}
		String key = line.substring(0, equals).strip();
		if (!KEY.matcher(key).matches()) {
			return "the key is not valid (use letters, digits, '_', '.' or '-', not starting with a digit)";
		}
		String rest = line.substring(equals + 1).strip();
		String value;
		if (rest.startsWith("\"") || rest.startsWith("'")) {
			value = quoted(rest);
			if (value == null) {
				return "the value of " + key + " has an unclosed quote or text after its closing quote";
			}
		}
		else {
			value = unquoted(rest);
		}
		values.put(key, value);
		return null;
	}

	private static String quoted(String rest) {
		char quote = rest.charAt(0);
		StringBuilder value = new StringBuilder();
		int i = 1;
		while (i < rest.length()) {
			char c = rest.charAt(i);
			if (c == quote) {
				String after = rest.substring(i + 1).strip();
				return (after.isEmpty() || after.startsWith("#")) ? value.toString() : null;
			}
			if (quote == '"' && c == '\\' && i + 1 < rest.length()) {
				char next = rest.charAt(i + 1);
				value.append((next == 'n') ? '\n' : next);
				i += 2;
				continue;
			}
			value.append(c);
			i++;
		}
		return null;
	}

	private static String unquoted(String rest) {
		for (int i = 0; i < rest.length(); i++) {
			if (rest.charAt(i) == '#' && (i == 0 || Character.isWhitespace(rest.charAt(i - 1)))) {
				return rest.substring(0, i).strip();
			}
		}
		return rest;
	}

	/**
	 * The parsed values and the problems of skipped lines.
	 *
	 * @param values values by key, in file order
	 * @param problems one message per malformed line, with its line number
	 */
	record Result(Map<String, String> values, List<String> problems) {

		Result {
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
			problems = List.copyOf(problems);
		}

	}

}
