package io.github.llmkit.demo.agent;

import io.github.llmkit.tool.Calculator;
import io.github.llmkit.tool.LlmTool;
import io.github.llmkit.tool.ToolParam;

import org.springframework.stereotype.Service;

/**
 * Exact arithmetic for the model, which is bad at it, on llmkit's expression parser: {@code + - * / % ^},
 * parentheses, decimals and a few functions.
 *
 * @since 0.1.0
 */
@Service
public class CalculatorService {

	private static final int MAX_EXPRESSION_LENGTH = 500;

	/**
	 * Evaluate an arithmetic expression.
	 * @param expression the expression, such as {@code (12.5 + 7) * 3}
	 * @return the expression and its value
	 * @throws IllegalArgumentException naming the problem: a syntax error, a division by zero, a non-finite value
	 */
	@LlmTool(name = "calculator", description = "Evaluate an arithmetic expression exactly. Supports + - * / % ^, "
			+ "parentheses, decimal numbers and sqrt, abs, min, max, round.")
	public Calculation calculate(
			@ToolParam(description = "The expression, for example (12.5 + 7) * 3") String expression) {
		if (expression == null || expression.isBlank() || expression.length() > MAX_EXPRESSION_LENGTH) {
			throw new IllegalArgumentException(
					"'expression' must hold 1 to " + MAX_EXPRESSION_LENGTH + " characters");
		}
		return new Calculation(expression, Calculator.evaluate(expression));
	}

	/**
	 * An evaluated expression.
	 *
	 * @param expression the expression as given
	 * @param result its value
	 */
	public record Calculation(String expression, double result) {
	}

}
