package io.github.llmkit.demo.agent;

/**
 * A recursive-descent evaluator for arithmetic: {@code expr = term (('+'|'-') term)*},
 * {@code term = power (('*'|'/') power)*}, {@code power = unary ('^' power)?},
 * {@code unary = '-' unary | number | '(' expr ')'}. Not thread-safe; one instance per expression.
 */
final class ExpressionParser {

	private final String text;

	private int position;

	ExpressionParser(String text) {
		this.text = text;
	}

	/**
	 * Evaluate the whole expression.
	 * @return its value
	 * @throws IllegalArgumentException naming the position of the first syntax error, or on division by zero
	 */
	double parse() {
		double value = expression();
		skipSpaces();
		if (this.position < this.text.length()) {
			throw error("unexpected '" + this.text.charAt(this.position) + "'");
		}
		return value;
	}

	private double expression() {
		double value = term();
		while (true) {
			if (accept('+')) {
				value += term();
			}
			else if (accept('-')) {
				value -= term();
			}
			else {
				return value;
			}
		}
	}

	private double term() {
		double value = power();
		while (true) {
			if (accept('*')) {
				value *= power();
			}
			else if (accept('/')) {
				double divisor = power();
				if (divisor == 0) {
					throw error("division by zero");
				}
				value /= divisor;
			}
			else {
				return value;
			}
		}
	}

	private double power() {
		double base = unary();
		return (accept('^')) ? Math.pow(base, power()) : base;
	}

	private double unary() {
		if (accept('-')) {
			return -unary();
		}
		if (accept('(')) {
			double value = expression();
			if (!accept(')')) {
				throw error("missing ')'");
			}
			return value;
		}
		return number();
	}

	private double number() {
		skipSpaces();
		int start = this.position;
		while (this.position < this.text.length()
				&& (Character.isDigit(this.text.charAt(this.position)) || this.text.charAt(this.position) == '.')) {
			this.position++;
		}
		if (start == this.position) {
			throw error((this.position < this.text.length()) ? "expected a number" : "unexpected end");
		}
		try {
			return Double.parseDouble(this.text.substring(start, this.position));
		}
		catch (NumberFormatException ex) {
			throw error("malformed number '" + this.text.substring(start, this.position) + "'");
		}
	}

	private boolean accept(char expected) {
		skipSpaces();
		if (this.position < this.text.length() && this.text.charAt(this.position) == expected) {
			this.position++;
			return true;
		}
		return false;
	}

	private void skipSpaces() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException(
				"Cannot evaluate '" + this.text + "' at position " + (this.position + 1) + ": " + problem);
	}

}
