package io.github.llmkit.provider;

import java.util.List;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamAccumulatorTests {

	private final RecordingListener recorder = new RecordingListener();

	private final StreamAccumulator accumulator = new StreamAccumulator(this.recorder);

	@Test
	void concatenatesTextAndReasoningSeparately() {
		this.accumulator.meta("resp-1", "model-a");
		this.accumulator.meta("resp-2", "model-b");
		this.accumulator.accept(delta("", "Let me ", null));
		this.accumulator.accept(delta("", "think.", null));
		this.accumulator.accept(delta("Hello", "", null));
		this.accumulator.accept(delta(" world", "", null));
		this.accumulator.accept(new ChatDelta(null, null, null, FinishReason.STOP, null));
		this.accumulator.rawFinishReason("stop");
		ChatResponse response = this.accumulator.complete();
		assertThat(response.id()).isEqualTo("resp-1");
		assertThat(response.model()).isEqualTo("model-a");
		assertThat(response.text()).isEqualTo("Hello world");
		assertThat(response.reasoning()).isEqualTo("Let me think.");
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(response.rawFinishReason()).isEqualTo("stop");
		assertThat(this.recorder.deltas).hasSize(5);
		assertThat(this.recorder.completed).containsExactly(response);
	}

	@Test
	void reasoningIsNullWhenNoneArrived() {
		this.accumulator.accept(delta("Hi", "", null));
		assertThat(this.accumulator.complete().reasoning()).isNull();
	}

	@Test
	void assemblesSequentialToolCallFragmentsByIndex() {
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_a", "get_weather", "")));
		this.accumulator.accept(tools(new ToolCallDelta(0, null, null, "{\"ci")));
		this.accumulator.accept(tools(new ToolCallDelta(0, null, null, "ty\": \"Paris\"}")));
		this.accumulator.accept(tools(new ToolCallDelta(1, "call_b", "calculator", "")));
		this.accumulator.accept(tools(new ToolCallDelta(1, null, null, "{\"expression\":\"2+2\"}")));
		this.accumulator.accept(new ChatDelta(null, null, null, FinishReason.TOOL_CALLS, null));
		ChatResponse response = this.accumulator.complete();
		assertThat(response.toolCalls()).containsExactly(
				ToolCall.of("call_a", "get_weather", "{\"city\": \"Paris\"}"),
				ToolCall.of("call_b", "calculator", "{\"expression\":\"2+2\"}"));
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(this.recorder.toolCalls).containsExactlyElementsOf(response.toolCalls());
	}

	@Test
	void assemblesInterleavedFragmentsOfParallelCalls() {
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_a", "first", "{\"x\":"),
				new ToolCallDelta(1, "call_b", "second", "{\"y\":")));
		this.accumulator.accept(tools(new ToolCallDelta(1, null, null, "2}")));
		this.accumulator.accept(tools(new ToolCallDelta(0, null, null, "1}")));
		assertThat(this.accumulator.complete().toolCalls()).containsExactly(ToolCall.of("call_a", "first", "{\"x\":1}"),
				ToolCall.of("call_b", "second", "{\"y\":2}"));
	}

	@Test
	void keepsIdAndNameThatArriveRepeatedOnEveryFragment() {
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_a", "get_weather", "{\"city\":")));
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_a", "get_weather", "\"Rome\"}")));
		assertThat(this.accumulator.complete().toolCalls())
			.containsExactly(ToolCall.of("call_a", "get_weather", "{\"city\":\"Rome\"}"));
	}

	@Test
	void startsNewCallWhenSameIndexArrivesWithDifferentId() {
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_1", "get_weather", "{\"city\":\"Oslo\"}")));
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_2", "calculator", "{\"expression\":\"1+1\"}")));
		assertThat(this.accumulator.complete().toolCalls()).containsExactly(
				ToolCall.of("call_1", "get_weather", "{\"city\":\"Oslo\"}"),
				ToolCall.of("call_2", "calculator", "{\"expression\":\"1+1\"}"));
	}

	@Test
	void givesSyntheticIdAndEmptyObjectArgumentsWhenMissing() {
		this.accumulator.accept(tools(new ToolCallDelta(0, null, "ping", null)));
		assertThat(this.accumulator.complete().toolCalls()).containsExactly(ToolCall.of("call_0", "ping", "{}"));
	}

	@Test
	void reportsToolCallsOnceEvenWhenCompletedEarly() {
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_a", "get_weather", "{}")));
		this.accumulator.completeToolCall(0);
		assertThat(this.recorder.toolCalls).hasSize(1);
		this.accumulator.complete();
		assertThat(this.recorder.toolCalls).hasSize(1);
	}

	@Test
	void finishReasonBecomesToolCallsWhenCallsArrivedWithStop() {
		this.accumulator.accept(tools(new ToolCallDelta(0, "call_a", "get_weather", "{}")));
		this.accumulator.accept(new ChatDelta(null, null, null, FinishReason.STOP, null));
		assertThat(this.accumulator.complete().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
	}

	@Test
	void finishReasonIsOtherWhenNoneArrived() {
		this.accumulator.accept(delta("x", "", null));
		assertThat(this.accumulator.finished()).isFalse();
		assertThat(this.accumulator.complete().finishReason()).isEqualTo(FinishReason.OTHER);
	}

	@Test
	void laterUsageWinsAndKeepsEarlierCountsItLacks() {
		this.accumulator.accept(delta("", "", new Usage(10, 2, null, 4)));
		this.accumulator.accept(delta("", "", new Usage(10, 7, 3, null)));
		assertThat(this.accumulator.complete().usage()).isEqualTo(new Usage(10, 7, 3, 4));
	}

	@Test
	void usageIsUnknownWhenNeverReported() {
		assertThat(this.accumulator.complete().usage()).isEqualTo(Usage.unknown());
	}

	@Test
	void deliveredOnlyOnceContentArrives() {
		this.accumulator.accept(new ChatDelta(null, null, null, null, null));
		this.accumulator.accept(delta("", "", new Usage(1, 1, null, null)));
		assertThat(this.accumulator.delivered()).isFalse();
		this.accumulator.accept(delta("a", "", null));
		assertThat(this.accumulator.delivered()).isTrue();
	}

	@Test
	void deliveredByToolFragmentOrReasoning() {
		StreamAccumulator other = new StreamAccumulator(new RecordingListener());
		other.accept(tools(new ToolCallDelta(0, "id", "t", "")));
		assertThat(other.delivered()).isTrue();
		this.accumulator.accept(delta("", "r", null));
		assertThat(this.accumulator.delivered()).isTrue();
	}

	@Test
	void keepsReasoningBlocksAndSignatures() {
		ReasoningBlock block = new ReasoningBlock("thought", "sig", null);
		this.accumulator.reasoningBlock(block);
		this.accumulator.accept(tools(new ToolCallDelta(0, "id", "t", "{}")));
		this.accumulator.toolCallSignature(0, "gemini-sig");
		ChatResponse response = this.accumulator.complete();
		assertThat(response.reasoningBlocks()).containsExactly(block);
		assertThat(response.toolCalls().get(0).signature()).isEqualTo("gemini-sig");
	}

	private static ChatDelta delta(String text, String reasoning, Usage usage) {
		return new ChatDelta(text, reasoning, null, null, usage);
	}

	private static ChatDelta tools(ToolCallDelta... fragments) {
		return new ChatDelta(null, null, List.of(fragments), null, null);
	}

}
