package io.github.llmkit.tool;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ToolRegistryTests {

	private final ToolRegistry registry = new ToolRegistry();

	@Test
	void registerBeanAddsEveryToolMethod() {
		this.registry.register(new Clock());
		assertThat(this.registry.list()).containsExactly("now", "zone");
		assertThat(this.registry.exists("now")).isTrue();
		assertThat(this.registry.get("zone")).get().isInstanceOf(MethodTool.class);
		assertThat(this.registry.definition("now")).get().extracting(ToolDefinition::description)
			.isEqualTo("Current time");
		assertThat(this.registry.get("missing")).isEmpty();
	}

	@Test
	void registerBeanWithoutToolMethodsFails() {
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> this.registry.register(new Object()))
			.withMessage("Object of type java.lang.Object has no @LlmTool method");
	}

	@Test
	void registerDuplicateToolFailsNamingTheTool() {
		this.registry.register(echo("echo"));
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> this.registry.register(echo("echo")))
			.withMessageStartingWith("Tool 'echo' is already registered")
			.withMessageContaining("Use replace(tool) or register(tool, true) to replace it");
	}

	@Test
	void registerDuplicateBeanToolNamesBothMethodsAndRegistersNothing() {
		this.registry.register(new Clock());
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> this.registry.register(new OtherClock()))
			.withMessage("Tool 'now' is already registered by method " + Clock.class.getName()
					+ ".now(); cannot also register method " + OtherClock.class.getName()
					+ ".now() under that name. Use replace(tool) or register(tool, true) to replace it");
		assertThat(this.registry.list()).containsExactly("now", "zone");
		assertThat(this.registry.execute("zone", "{}").content()).isEqualTo("UTC");
	}

	@Test
	void replaceSwapsTheTool() {
		this.registry.register(echo("echo"));
		Tool upper = Tool.of("echo", "Upper", null, (arguments) -> "UPPER");
		this.registry.replace(upper);
		assertThat(this.registry.get("echo")).containsSame(upper);
		this.registry.register(echo("echo"), true);
		assertThat(this.registry.execute("echo", "{}").content()).isEqualTo("echoed");
	}

	@Test
	void registerAllIsAllOrNothing() {
		this.registry.register(echo("b"));
		assertThatExceptionOfType(ToolException.class)
			.isThrownBy(() -> this.registry.registerAll(List.of(echo("a"), echo("b"))))
			.withMessageStartingWith("Tool 'b' is already registered");
		assertThatExceptionOfType(ToolException.class)
			.isThrownBy(() -> this.registry.registerAll(List.of(echo("c"), echo("c"))))
			.withMessageStartingWith("Tool 'c' is given twice");
		assertThat(this.registry.list()).containsExactly("b");
	}

	@Test
	void unregisterRemovesTheTool() {
		this.registry.register(echo("echo"));
		assertThat(this.registry.unregister("echo")).isTrue();
		assertThat(this.registry.unregister("echo")).isFalse();
		assertThat(this.registry.list()).isEmpty();
	}

	@Test
	void collectionReturnsDefinitionsInOrderAndRejectsUnknownNames() {
		this.registry.register(echo("a")).register(echo("b"));
		assertThat(this.registry.collection(List.of("b", "a"))).extracting(ToolDefinition::name)
			.containsExactly("b", "a");
		assertThatExceptionOfType(ToolException.class)
			.isThrownBy(() -> this.registry.collection(List.of("a", "nope")))
			.withMessage("Unknown tool 'nope'; known tools: a, b");
	}

	@Test
	void namedCollectionsAreCreatedListedAndResolved() {
		this.registry.register(echo("a")).register(echo("b"));
		this.registry.createCollection("both", List.of("a", "b")).createCollection("one", List.of("b"));
		assertThat(this.registry.listCollections()).containsExactly("both", "one");
		assertThat(this.registry.getCollection("one")).extracting(ToolDefinition::name).containsExactly("b");
		assertThatExceptionOfType(ToolException.class)
			.isThrownBy(() -> this.registry.createCollection("one", List.of("a")))
			.withMessageStartingWith("Tool collection 'one' already exists");
		this.registry.createCollection("one", List.of("a"), true);
		assertThat(this.registry.getCollection("one")).extracting(ToolDefinition::name).containsExactly("a");
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> this.registry.getCollection("three"))
			.withMessage("Unknown tool collection 'three'; known collections: both, one");
		assertThatExceptionOfType(ToolException.class)
			.isThrownBy(() -> this.registry.createCollection("bad", List.of("zzz")))
			.withMessage("Unknown tool 'zzz'; known tools: a, b");
	}

	@Test
	void collectionFailsAfterOneOfItsToolsIsUnregistered() {
		this.registry.register(echo("a")).createCollection("c", List.of("a"));
		this.registry.unregister("a");
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> this.registry.getCollection("c"))
			.withMessage("Unknown tool 'a'; known tools: ");
	}

	@Test
	void registerStandardToolsAddsToolsAndCollections() {
		this.registry.registerStandardTools().registerStandardTools();
		assertThat(this.registry.list()).containsExactly("calculator", "get_weather");
		assertThat(this.registry.listCollections()).containsExactly("calculator", "standard", "weather");
		assertThat(this.registry.getCollection("standard")).extracting(ToolDefinition::name)
			.containsExactly("get_weather", "calculator");
	}

	@Test
	void weatherToolReturnsLabelledDemoData() {
		this.registry.registerStandardTools();
		assertThat(this.registry.execute("get_weather", "{\"city\":\"Paris\"}").content()).isEqualTo(
				"{\"city\":\"Paris\",\"temperature\":22.0,\"unit\":\"celsius\",\"condition\":\"sunny\","
						+ "\"source\":\"demo data, not a real forecast\"}");
		assertThat(this.registry.execute("get_weather", "{\"city\":\"Paris\",\"unit\":\"fahrenheit\"}").content())
			.contains("\"temperature\":71.6", "\"unit\":\"fahrenheit\"");
		assertThat(this.registry.execute("get_weather", "{\"city\":\"Oslo\",\"unit\":\"kelvin\"}").content())
			.startsWith("Invalid arguments for tool 'get_weather': $.unit: ");
		assertThat(this.registry.execute("get_weather", "{}").content())
			.isEqualTo("Invalid arguments for tool 'get_weather': $.city: required property missing");
	}

	@Test
	void executeUnknownToolIsAnErrorResult() {
		this.registry.register(echo("echo"));
		assertThat(this.registry.execute("nope", "{}"))
			.isEqualTo(ToolResult.failure("nope", "Unknown tool 'nope'; available tools: echo"));
	}

	@Test
	void toolThatThrowsFromExecuteIsAnErrorResult() {
		this.registry.register(new Tool() {

			@Override
			public ToolDefinition definition() {
				return ToolDefinition.of("broken", "Broken", null);
			}

			@Override
			public ToolResult execute(tools.jackson.databind.JsonNode arguments) {
				throw new IllegalStateException("wires crossed");
			}

			@Override
			public ToolResult execute(String arguments) {
				throw new IllegalStateException("wires crossed");
			}

		});
		assertThat(this.registry.execute("broken", "{}"))
			.isEqualTo(ToolResult.failure("broken", "Tool 'broken' failed: wires crossed"));
	}

	@Test
	void processToolCallsReturnsOneToolMessagePerCallInOrder() {
		this.registry.registerStandardTools();
		ChatResponse response = new ChatResponse("r1", "m", "", null, null,
				List.of(ToolCall.of("c1", "calculator", "{\"expression\":\"6*7\"}"),
						ToolCall.of("c2", "get_weather", "{}"), ToolCall.of("c3", "nope", "{}")),
				FinishReason.TOOL_CALLS, "tool_calls", null, null);
		List<Message> messages = this.registry.processToolCalls(response);
		assertThat(messages).extracting(Message::role).containsOnly(Role.TOOL);
		assertThat(messages).extracting(Message::toolCallId).containsExactly("c1", "c2", "c3");
		assertThat(messages).extracting(Message::error).containsExactly(false, true, true);
		assertThat(messages.get(0).text()).isEqualTo("{\"expression\":\"6*7\",\"result\":42}");
		assertThat(messages.get(2).text()).isEqualTo("Unknown tool 'nope'; available tools: calculator, get_weather");
	}

	@Test
	void processToolCallsRunsEveryCallOnTheSuppliedExecutor() {
		AtomicInteger submitted = new AtomicInteger();
		ToolRegistry registry = ToolRegistry.builder().executor((task) -> {
			submitted.incrementAndGet();
			task.run();
		}).build().registerStandardTools();
		ChatResponse response = new ChatResponse("r1", "m", "", null, null,
				List.of(ToolCall.of("c1", "calculator", "{\"expression\":\"1+1\"}")), FinishReason.TOOL_CALLS, null,
				null, null);
		assertThat(registry.processToolCalls(response)).singleElement()
			.satisfies((message) -> assertThat(message.text()).contains("\"result\":2"));
		assertThat(submitted).hasValue(1);
	}

	@Test
	void processToolCallsWithoutCallsReturnsNothing() {
		ChatResponse response = new ChatResponse(null, null, "hi", null, null, null, null, null, null, null);
		assertThat(this.registry.processToolCalls(response)).isEmpty();
	}

	@Test
	void builderRejectsNonPositiveMaxIterations() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ToolRegistry.builder().maxIterations(0))
			.withMessage("'maxIterations' must be positive, was 0");
	}

	@Test
	void extractContentReturnsTheText() {
		assertThat(ToolRegistry.extractContent(new ChatResponse(null, null, "hi", null, null, null, null, null, null,
				null))).isEqualTo("hi");
		assertThat(ToolRegistry.extractContent(null)).isEmpty();
	}

	@Test
	void runWithoutClientFailsNamingTheArgument() {
		this.registry.register(echo("echo"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.registry.run(null, List.of(Message.user("hi"))))
			.withMessage("'client' must not be null");
	}

	@Test
	void lookupsOfNullNameFindNothing() {
		this.registry.register(echo("echo"));
		assertThat(this.registry.get(null)).isEmpty();
		assertThat(this.registry.exists(null)).isFalse();
		assertThat(this.registry.unregister(null)).isFalse();
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> this.registry.getCollection(null))
			.withMessageStartingWith("Unknown tool collection 'null'");
	}

	@Test
	void nullElementsAreRejectedNamingTheirIndex() {
		this.registry.register(echo("echo"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.registry.registerAll(Arrays.asList(echo("a"), null)))
			.withMessage("'tools[1]' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.registry.createCollection("c", Arrays.asList("echo", null)))
			.withMessage("'toolNames[1]' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.registry.createCollection("c", null))
			.withMessage("'toolNames' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.registry.collection(Arrays.asList((String) null)))
			.withMessage("'names[0]' must not be null");
		assertThat(this.registry.list()).containsExactly("echo");
	}

	@Test
	void executeWithNullNameFailsNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.registry.execute(null, "{}"))
			.withMessage("'name' must not be null");
	}


	@Test
	void definitionsFollowEveryRegistrationRemovalAndReplacement() {
		ToolRegistry registry = new ToolRegistry();
		assertThat(registry.definitions()).isEmpty();
		registry.register(Tool.of("b", "B", null, (arguments) -> "b"));
		registry.register(Tool.of("a", "A", null, (arguments) -> "a"));
		assertThat(registry.definitions()).extracting(ToolDefinition::name).containsExactly("a", "b");
		registry.replace(Tool.of("a", "Replaced", null, (arguments) -> "a2"));
		assertThat(registry.definitions()).extracting(ToolDefinition::description).containsExactly("Replaced", "B");
		registry.unregister("b");
		assertThat(registry.definitions()).extracting(ToolDefinition::name).containsExactly("a");
	}

	private static Tool echo(String name) {
		return Tool.of(name, "Echo", null, (arguments) -> "echoed");
	}

	static class Clock {

		@LlmTool(description = "Current time")
		public String now() {
			return "12:00";
		}

		@LlmTool(description = "Time zone")
		public String zone() {
			return "UTC";
		}

	}

	static class OtherClock {

		@LlmTool(description = "Current time elsewhere")
		public String now() {
			return "13:00";
		}

	}

}
