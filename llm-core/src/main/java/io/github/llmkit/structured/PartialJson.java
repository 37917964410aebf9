package io.github.llmkit.structured;

/**
 * Cuts an incomplete JSON text back to its last complete member and closes what is still open, so that the
 * fields finished so far parse: {@code {"a":1,"b":"hal} becomes {@code {"a":1}}. A value is complete once the
 * comma or bracket after it has arrived; a string still being written is left out until then.
 */
final class PartialJson {

	private PartialJson() {
	}

	/**
	 * Return the closed prefix of a partial JSON text, or null when no member is complete yet.
	 * @param text the text received so far
	 * @return valid JSON holding the complete members, or null
	 */
	static String close(CharSequence text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) != '{' && text.charAt(start) != '[') {
			start++;
		}
		if (start == text.length()) {
			return null;
		}
		StringBuilder open = new StringBuilder();
		String openAtCut = null;
		int cut = -1;
		boolean inString = false;
		boolean escaped = false;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				if (escaped) {
					escaped = false;
				}
				else if (c == '\\') {
					escaped = true;
				}
				else if (c == '"') {
					inString = false;
				}
				continue;
			}
			switch (c) {
				case '"' -> inString = true;
				case '{', '[' -> {
					open.append(c);
					cut = i + 1;
					openAtCut = open.toString();
				}
				case '}', ']' -> {
					if (open.length() == 0) {
						return null;
					}
					open.setLength(open.length() - 1);
					cut = i + 1;
					openAtCut = open.toString();
					if (open.length() == 0) {
						return text.subSequence(start, cut).toString();
					}
				}
				case ',' -> {
					cut = i;
					openAtCut = open.toString();
				}
				default -> {
				}
			}
		}
		if (cut < 0) {
			return null;
		}
		StringBuilder closed = new StringBuilder(cut - start + openAtCut.length());
		closed.append(text, start, cut);
		for (int i = openAtCut.length() - 1; i >= 0; i--) {
			closed.append((openAtCut.charAt(i) == '{') ? '}' : ']');
		}
		return closed.toString();
	}

}
