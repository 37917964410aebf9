package io.github.llmkit.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChatOptionsTests {

	private final ChatOptions defaults = ChatOptions.builder()
		.model("base-model")
		.temperature(0.7)
		.maxTokens(1024)
		.topP(0.9)
		.stop(List.of("END"))
		.seed(1L)
		.reasoningEffort("low")
		.responseFormat(ResponseFormat.json())
		.toolChoice(ToolChoice.auto())
		.extraBody(Map.of("a", 1, "b", 2))
		.timeout(Duration.ofSeconds(120))
		.retries(3)
		.build();

	@Test
	void orElseInheritsEveryUnsetField() {
		assertThat(ChatOptions.none().orElse(this.defaults)).isEqualTo(this.defaults);
	}

	@Test
	void orElseLetsEverySetFieldWin() {
		ChatOptions call = ChatOptions.builder()
			.model("call-model")
			.temperature(0.0)
			.maxTokens(5)
			.topP(0.1)
			.stop(List.of("STOP"))
			.seed(42L)
			.thinkingBudget(2048)
			.reasoningEffort("high")
			.responseFormat(ResponseFormat.jsonSchema("answer",
					JsonMapper.shared().readTree("{\"type\":\"object\"}")))
			.toolChoice(ToolChoice.tool("get_weather"))
			.timeout(Duration.ofSeconds(2))
			.retries(0)
			.build();
		ChatOptions merged = call.orElse(this.defaults);
		assertThat(merged).usingRecursiveComparison().ignoringFields("extraBody").isEqualTo(call);
		assertThat(merged.extraBody()).isEqualTo(Map.of("a", 1, "b", 2));
	}

	@Test
	void orElseMergesExtraBodyWithCallWinning() {
		ChatOptions call = ChatOptions.builder().extraBody(Map.of("b", 20, "c", 30)).build();
		assertThat(call.orElse(this.defaults).extraBody()).isEqualTo(Map.of("a", 1, "b", 20, "c", 30));
	}

	@Test
	void orElseWithNullOrEmptyDefaultsReturnsSameOptions() {
		ChatOptions call = ChatOptions.builder().model("m").build();
		assertThat(call.orElse(null)).isSameAs(call);
		assertThat(call.orElse(ChatOptions.none())).isSameAs(call);
	}

	@Test
	void orElseMixesLayers() {
		ChatOptions call = ChatOptions.builder().temperature(0.2).retries(1).build();
		ChatOptions merged = call.orElse(this.defaults);
		assertThat(merged.temperature()).isEqualTo(0.2);
		assertThat(merged.retries()).isEqualTo(1);
		assertThat(merged.model()).isEqualTo("base-model");
		assertThat(merged.maxTokens()).isEqualTo(1024);
		assertThat(merged.timeout()).isEqualTo(Duration.ofSeconds(120));
	}

	@Test
	void stopListIsCopied() {
		List<String> stop = new ArrayList<>(List.of("a"));
		ChatOptions options = ChatOptions.builder().stop(stop).build();
		stop.add("b");
		assertThat(options.stop()).containsExactly("a");
	}

	@Test
	void rejectsOutOfRangeValuesNamingTheProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().maxTokens(0).build())
			.withMessageContaining("'maxTokens' must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().temperature(-0.1).build())
			.withMessageContaining("'temperature'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().topP(1.5).build())
			.withMessageContaining("'topP'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().retries(-1).build())
			.withMessageContaining("'retries'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().timeout(Duration.ZERO).build())
			.withMessageContaining("'timeout'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().thinkingBudget(-1).build())
			.withMessageContaining("'thinkingBudget'");
	}

	@Test
	void rejectsNullOrEmptyStopSequenceNamingItsIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChatOptions.builder().stop(Arrays.asList("END", null)).build())
			.withMessage("'stop[1]' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().stop(List.of("")).build())
			.withMessage("'stop[0]' must not be empty");
	}

	@Test
	void rejectsBlankModelAndReasoningEffort() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().model(" ").build())
			.withMessage("'model' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().reasoningEffort("").build())
			.withMessage("'reasoningEffort' must not be blank");
	}

	@Test
	void extraBodyCannotOverwriteModelConversationOrStreamingMode() {
		for (String field : List.of("model", "messages", "system", "contents", "systemInstruction", "stream")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ChatOptions.builder().extraBody(Map.of(field, "x")).build())
				.withMessageStartingWith("'extraBody' must not set '" + field + "'");
		}
	}

	@Test
	void extraBodyRejectsNullValueNamingTheField() {
		Map<String, Object> extra = new HashMap<>();
		extra.put("provider", null);
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().extraBody(extra).build())
			.withMessageStartingWith("'extraBody.provider' must not be null");
	}

	@Test
	void extraBodyAcceptsJsonNullNode() {
		ChatOptions options = ChatOptions.builder().extraBody(Map.of("top_k", NullNode.getInstance())).build();
		assertThat(options.extraBody()).containsKey("top_k");
	}

	@Test
	void rejectsNaNSamplingValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().temperature(Double.NaN).build())
			.withMessage("'temperature' must be between 0 and 2, was NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOptions.builder().topP(Double.NaN).build())
			.withMessage("'topP' must be between 0 and 1, was NaN");
	}

	@Test
	void toBuilderRoundTrips() {
		assertThat(this.defaults.toBuilder().build()).isEqualTo(this.defaults);
	}

}
