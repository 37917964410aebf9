package io.github.llmkit.tool;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MethodToolTests {

	private final Weather weather = new Weather();

	@Test
	void nameDefaultsToMethodNameAndAnnotationNameWins() {
		assertThat(tool(this.weather, "forecast").name()).isEqualTo("get_weather");
		assertThat(tool(this.weather, "echo").name()).isEqualTo("echo");
		assertThat(tool(this.weather, "echo").definition().description()).isEqualTo("Echo a text");
	}

	@Test
	void executeBindsArgumentsAndReturnsResultAsJson() {
		ToolResult result = tool(this.weather, "forecast").execute("{\"city\":\"Paris\",\"days\":2}");
		assertThat(result.error()).isFalse();
		assertThat(result.content()).isEqualTo("{\"city\":\"Paris\",\"days\":2,\"unit\":\"CELSIUS\"}");
	}

	@Test
	void executeBindsRecordsEnumsListsMapsAndOptionals() {
		MethodTool tool = tool(this.weather, "plan");
		ToolResult result = tool.execute("""
				{"trip":{"from":"Paris","to":"Rome","stops":["Lyon","Turin"]},"unit":"FAHRENHEIT",
				"budget":{"hotel":120.5},"note":"window seat"}""");
		assertThat(result.content()).isEqualTo("Paris->Lyon->Turin->Rome FAHRENHEIT {hotel=120.5} window seat");
		ToolResult withoutNote = tool.execute("""
				{"trip":{"from":"A","to":"B","stops":[]},"unit":"CELSIUS","budget":{}}""");
		assertThat(withoutNote.content()).isEqualTo("A->B CELSIUS {} none");
		ToolResult nullNote = tool.execute("""
				{"trip":{"from":"A","to":"B","stops":[]},"unit":"CELSIUS","budget":{},"note":null}""");
		assertThat(nullNote.content()).isEqualTo("A->B CELSIUS {} none");
	}

	@Test
	void stringResultIsSentAsIs() {
		assertThat(tool(this.weather, "echo").execute("{\"text\":\"plain \\\"text\\\"\"}").content())
			.isEqualTo("plain \"text\"");
	}

	@Test
	void voidAndNullResultsAreAnExplicitEmptyObject() {
		assertThat(tool(this.weather, "reset").execute("{}")).isEqualTo(ToolResult.success("reset", "{}"));
		assertThat(tool(this.weather, "nothing").execute("{}").content()).isEqualTo("{}");
		assertThat(this.weather.resets.get()).isEqualTo(1);
	}

	@Test
	void nonFiniteResultIsAnErrorResult() {
		ToolResult result = tool(this.weather, "divide").execute("{\"a\":1,\"b\":0}");
		assertThat(result.error()).isTrue();
		assertThat(result.content()).isEqualTo(
				"Tool 'divide' returned a non-finite number (NaN or Infinity), which JSON cannot carry");
		assertThat(tool(this.weather, "ratios").execute("{}").error()).isTrue();
	}

	@Test
	void exceptionOfTheMethodIsAnErrorResult() {
		ToolResult result = tool(this.weather, "fail").execute("{}");
		assertThat(result).isEqualTo(ToolResult.failure("fail", "Tool 'fail' failed: station offline"));
	}

	@Test
	void missingRequiredArgumentIsAnErrorResultAndTheMethodIsNotCalled() {
		ToolResult result = tool(this.weather, "forecast").execute("{\"days\":2}");
		assertThat(result.error()).isTrue();
		assertThat(result.content())
			.isEqualTo("Invalid arguments for tool 'get_weather': $.city: required property missing");
		assertThat(this.weather.forecasts.get()).isZero();
	}

	@Test
	void wrongTypeIsAnErrorResultNamingTheField() {
		ToolResult result = tool(this.weather, "forecast").execute("{\"city\":42}");
		assertThat(result.content())
			.isEqualTo("Invalid arguments for tool 'get_weather': $.city: integer found, string expected");
		ToolResult nested = tool(this.weather, "plan").execute("""
				{"trip":{"from":"A","stops":[]},"unit":"KELVIN","budget":{}}""");
		assertThat(nested.content()).contains("$.trip.to: required property missing", "$.unit: ");
		assertThat(this.weather.forecasts.get()).isZero();
	}

	@Test
	void malformedJsonIsAnErrorResult() {
		ToolResult result = tool(this.weather, "forecast").execute("{\"city\": \"Par");
		assertThat(result.error()).isTrue();
		assertThat(result.content()).startsWith("Invalid arguments for tool 'get_weather': malformed JSON: ");
		assertThat(this.weather.forecasts.get()).isZero();
	}

	@Test
	void blankArgumentsMeanNone() {
		assertThat(tool(this.weather, "reset").execute((String) null).error()).isFalse();
		assertThat(tool(this.weather, "forecast").execute(" ").content()).endsWith("$.city: required property missing");
	}

	@Test
	void methodOfNonPublicClassAndStaticMethodWork() throws Exception {
		MethodTool hidden = tool(new Hidden(), "secret");
		assertThat(hidden.execute("{\"n\":20}").content()).isEqualTo("21");
		MethodTool staticTool = MethodTool.of(null, Hidden.class.getDeclaredMethod("twice", int.class));
		assertThat(staticTool.execute("{\"n\":4}").content()).isEqualTo("8");
	}

	@Test
	void methodOfTargetOfWrongTypeFailsNamingBothTypes() throws Exception {
		Method method = Hidden.class.getDeclaredMethod("secret", int.class);
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> MethodTool.of("a string", method))
			.withMessageEndingWith("needs a target of type " + Hidden.class.getName() + ", not java.lang.String");
	}

	@Test
	void fromBeanCreatesOneToolPerAnnotatedMethodSortedByName() {
		assertThat(MethodTool.fromBean(this.weather)).extracting(Tool::name)
			.containsExactly("divide", "echo", "fail", "get_weather", "nothing", "plan", "ratios", "reset");
		assertThat(MethodTool.fromBean(new Object())).isEmpty();
	}

	@Test
	void fromBeanRefusesTwoMethodsWithTheSameToolName() {
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> MethodTool.fromBean(new Clashing()))
			.withMessageContaining("Tool 'lookup' is defined twice")
			.withMessageContaining("Clashing.first(String)")
			.withMessageContaining("Clashing.second(int)");
	}

	@Test
	void methodWithoutAnnotationIsRefused() throws Exception {
		Method method = Object.class.getMethod("hashCode");
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> MethodTool.of(this, method))
			.withMessage("Method java.lang.Object.hashCode() is not annotated with @LlmTool");
	}

	@Test
	void toolsWithSameDefinitionNamesValidateAgainstTheirOwnSchema() {
		MethodTool labels = tool(new Trees(), "labels");
		MethodTool counts = tool(new Trees(), "counts");
		assertThat(labels.execute("{\"root\":{\"label\":\"a\",\"children\":[]}}").error()).isFalse();
		assertThat(counts.execute("{\"root\":{\"label\":\"a\",\"children\":[]}}").content())
			.contains("$.root.count: required property missing");
	}

	private static MethodTool tool(Object target, String name) {
		Method method = Arrays.stream(target.getClass().getDeclaredMethods())
			.filter((candidate) -> candidate.getName().equals(name))
			.findFirst()
			.orElseThrow();
		return MethodTool.of(target, method);
	}

	enum Unit {

		CELSIUS, FAHRENHEIT

	}

	record Forecast(String city, int days, Unit unit) {
	}

	record Trip(String from, String to, List<String> stops) {
	}

	record Ratio(double value) {
	}

	static class Weather {

		final AtomicInteger forecasts = new AtomicInteger();

		final AtomicInteger resets = new AtomicInteger();

		@LlmTool(name = "get_weather", description = "Forecast")
		public Forecast forecast(@ToolParam(description = "The city") String city, Optional<Integer> days) {
			this.forecasts.incrementAndGet();
			return new Forecast(city, days.orElse(1), Unit.CELSIUS);
		}

		@LlmTool(description = "Plan a trip")
		public String plan(Trip trip, Unit unit, Map<String, Double> budget, Optional<String> note) {
			StringBuilder route = new StringBuilder(trip.from());
			trip.stops().forEach((stop) -> route.append("->").append(stop));
			return route.append("->").append(trip.to()).append(' ').append(unit).append(' ').append(budget)
				.append(' ').append(note.orElse("none")).toString();
		}

		@LlmTool(description = "Echo a text")
		public String echo(String text) {
			return text;
		}

		@LlmTool(description = "Reset")
		public void reset() {
			this.resets.incrementAndGet();
		}

		@LlmTool(description = "Nothing")
		public Object nothing() {
			return null;
		}

		@LlmTool(description = "Divide")
		public double divide(double a, double b) {
			return a / b;
		}

		@LlmTool(description = "Ratios")
		public List<Ratio> ratios() {
			return List.of(new Ratio(1), new Ratio(Double.NaN));
		}

		@LlmTool(description = "Fail")
		public String fail() {
			throw new IllegalStateException("station offline");
		}

	}

	private static final class Hidden {

		@LlmTool(description = "Add one")
		private int secret(int n) {
			return n + 1;
		}

		@LlmTool(description = "Double")
		static int twice(int n) {
			return n * 2;
		}

	}

	static class Clashing {

		@LlmTool(name = "lookup", description = "First")
		public String first(String key) {
			return key;
		}

		@LlmTool(name = "lookup", description = "Second")
		public String second(int key) {
			return "" + key;
		}

	}

	static class LabelTree {

		record Node(String label, List<Node> children) {
		}

	}

	static class CountTree {

		record Node(int count, List<Node> children) {
		}

	}

	static class Trees {

		@LlmTool(description = "Labels")
		public int labels(LabelTree.Node root) {
			return 1;
		}

		@LlmTool(description = "Counts")
		public int counts(CountTree.Node root) {
			return 1;
		}

	}

}
