package io.github.llmkit.tool;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CalculatorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2+2|4", "2 + 3 * 4|14", "(2 + 3) * 4|20", "10 / 4|2.5", "10 % 4|2",
			"2 ^ 10|1024", "2 ^ 3 ^ 2|512", "-2 ^ 2|-4", "2 ^ -1|0.5", "-(3 - 5)|2", "5--3|8", "+4|4", "1.5e3|1500",
			"2.5E-1|0.25", ".5 + 5.|5.5", "sqrt(16)|4", "abs(-3.5)|3.5", "min(4, 2, 8)|2", "max(4, 2 * 5)|10",
			"round(2.5)|3", "round(-2.5)|-2", "round(1e300)|1e300", "round(-1e300)|-1e300", "round(2 ^ 62 + 0.5)|4.611686018427388E18", "sqrt(abs(-9)) * (1 + 1)|6", "1 - 2 - 3|-4", "12 / 3 / 2|2" })
	void evaluateComputesTheValue(String expression, double expected) {
		assertThat(Calculator.evaluate(expression)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1 / 0|Division by zero", "5 % 0|Division by zero",
			"7 // 2|Unexpected '/' at position 4", "2 +|Unexpected end of the expression",
			"(1 + 2|Expected ')' at the end of the expression", "1 + 2)|Unexpected ')' at position 6",
			"pi * 2|Unknown function 'pi' at position 1; known functions: abs, max, min, round, sqrt",
			"exec(1)|Unknown function 'exec' at position 1; known functions: abs, max, min, round, sqrt",
			"sqrt(-1)|Square root of a negative number: -1.0", "10 ^ 400|The result is not a finite number",
			"1e400|The result is not a finite number", "1e|Unexpected end of the expression",
			"2 # 3|Unexpected '#' at position 3", "min(1)|Function 'min' needs at least two arguments",
			"1 $ 2|Unexpected '$' at position 3", "2 3|Unexpected '3' at position 3" })
	void evaluateRejectsInvalidExpressions(String expression, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> Calculator.evaluate(expression)).withMessage(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''|The expression is empty", "'   '|The expression is empty" })
	void evaluateRejectsBlankExpressions(String expression, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> Calculator.evaluate(expression)).withMessage(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2+2|{\"expression\":\"2+2\",\"result\":4}",
			"10 / 4|{\"expression\":\"10 / 4\",\"result\":2.5}" })
	void calculatorToolReturnsExpressionAndResult(String expression, String json) {
		ToolRegistry registry = new ToolRegistry().registerStandardTools();
		ToolResult result = registry.execute("calculator", "{\"expression\":\"" + expression + "\"}");
		assertThat(result).isEqualTo(ToolResult.success("calculator", json));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"expression\":\"1/0\"}|Tool 'calculator' failed: Division by zero",
			"{}|Invalid arguments for tool 'calculator': $.expression: required property missing",
			"{\"expression\":12}|Invalid arguments for tool 'calculator': $.expression: integer found, "
					+ "string expected" })
	void calculatorToolReportsErrors(String arguments, String message) {
		ToolRegistry registry = new ToolRegistry().registerStandardTools();
		assertThat(registry.execute("calculator", arguments)).isEqualTo(ToolResult.failure("calculator", message));
	}

}
