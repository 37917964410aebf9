package io.github.llmkit.tool;

import java.util.List;

/**
 * Evaluates arithmetic expressions with a recursive-descent parser over doubles: {@code + - * / % ^},
 * parentheses, unary minus, decimals with exponents ({@code 1.5e3}) and the functions {@code sqrt}, {@code abs},
 * {@code min}, {@code max} and {@code round}. {@code ^} binds tighter than unary minus and is right-associative.
 * Anything else, a division by zero or a non-finite result is rejected; no script engine is involved. Backs the
 * built-in {@code calculator} tool and can serve an application's own calculator tool.
 *
 * @since 0.1.0
 */
public final class Calculator {

	private static final int MAX_LENGTH = 1000;

	private static final List<String> FUNCTIONS = List.of("abs", "max", "min", "round", "sqrt");

	private final String text;

	private int position;

	private Calculator(String text) {
		this.text = text;
	}

	/**
	 * Evaluate an expression.
	 * @param expression the expression
	 * @return the finite result
	 * @throws IllegalArgumentException naming the problem if the expression is empty, longer than 1000
	 * characters, invalid, divides by zero, or its value is not a finite number
	 */
	public static double evaluate(String expression) {
		if (expression == null || expression.isBlank()) {
			throw new IllegalArgumentException("The expression is empty");
		}
		if (expression.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("The expression is longer than " + MAX_LENGTH + " characters");
		}
		Calculator calculator = new Calculator(expression);
		double value = calculator.expression();
		calculator.skipSpaces();
		if (calculator.position < expression.length()) {
			throw calculator.unexpected();
		}
		return finite(value);
	}

	private double expression() {
		double value = term();
		while (true) {
			if (take('+')) {
				value = finite(value + term());
			}
			else if (take('-')) {
				value = finite(value - term());
			}
			else {
				return value;
			}
		}
	}

	private double term() {
		double value = unary();
		while (true) {
			if (take('*')) {
				value = finite(value * unary());
			}
			else if (take('/')) {
				value = finite(value / divisor(unary()));
			}
			else if (take('%')) {
				value = finite(value % divisor(unary()));
			}
			else {
				return value;
			}
		}
	}

	private double unary() {
		if (take('-')) {
			return -unary();
		}
		if (take('+')) {
			return unary();
		}
		return power();
	}

	private double power() {
		double base = primary();
		if (take('^')) {
			return finite(Math.pow(base, unary()));
		}
		return base;
	}

	private double primary() {
		skipSpaces();
		if (take('(')) {
			double value = expression();
			expect(')');
			return value;
		}
		if (this.position < this.text.length() && Character.isLetter(this.text.charAt(this.position))) {
			return function();
		}
		return number();
	}

	private double function() {
		int start = this.position;
		while (this.position < this.text.length() && Character.isLetter(this.text.charAt(this.position))) {
			this.position++;
		}
		String name = this.text.substring(start, this.position);
		if (!FUNCTIONS.contains(name)) {
			throw new IllegalArgumentException("Unknown function '" + name + "' at position " + (start + 1)
					+ "; known functions: " + String.join(", ", FUNCTIONS));
		}
		expect('(');
		double first = expression();
		switch (name) {
			case "sqrt", "abs", "round" -> {
				expect(')');
				return unaryFunction(name, first);
			}
			case "min", "max" -> {
				double value = first;
				if (!take(',')) {
					throw new IllegalArgumentException("Function '" + name + "' needs at least two arguments");
				}
				do {
					double next = expression();
					value = ("min".equals(name)) ? Math.min(value, next) : Math.max(value, next);
				}
				while (take(','));
				expect(')');
				return value;
			}
			default -> throw new IllegalStateException("Unhandled function '" + name + "'");
		}
	}

	private static double unaryFunction(String name, double value) {
		return switch (name) {
			case "sqrt" -> {
				if (value < 0) {
					throw new IllegalArgumentException("Square root of a negative number: " + value);
				}
				yield Math.sqrt(value);
			}
			case "abs" -> Math.abs(value);
			default -> (Math.abs(value) < 0x1p52) ? Math.round(value) : value;
		};
	}

	private double number() {
		int start = this.position;
		digits();
		if (peek('.')) {
			this.position++;
			digits();
		}
		if (this.position == start || (this.position == start + 1 && this.text.charAt(start) == '.')) {
			throw unexpected();
		}
		if (peek('e') || peek('E')) {
			this.position++;
			if (peek('+') || peek('-')) {
				this.position++;
			}
			int exponent = this.position;
			digits();
			if (this.position == exponent) {
				throw unexpected();
			}
		}
		return finite(Double.parseDouble(this.text.substring(start, this.position)));
	}

	private void digits() {
		while (this.position < this.text.length() && isDigit(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static double divisor(double value) {
		if (value == 0) {
			throw new IllegalArgumentException("Division by zero");
		}
		return value;
	}

	private static double finite(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("The result is not a finite number");
		}
		return value;
	}

	private boolean take(char expected) {
		skipSpaces();
		if (peek(expected)) {
			this.position++;
			return true;
		}
		return false;
	}

	private void expect(char expected) {
		if (!take(expected)) {
			throw (this.position < this.text.length()) ? unexpected()
					: new IllegalArgumentException("Expected '" + expected + "' at the end of the expression");
		}
	}

	private boolean peek(char expected) {
		return this.position < this.text.length() && this.text.charAt(this.position) == expected;
	}

	private void skipSpaces() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private IllegalArgumentException unexpected() {
		if (this.position >= this.text.length()) {
			return new IllegalArgumentException("Unexpected end of the expression");
		}
		return new IllegalArgumentException(
				"Unexpected '" + this.text.charAt(this.position) + "' at position " + (this.position + 1));
	}

}
