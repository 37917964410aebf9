package io.github.llmkit.embedding;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmbeddingResponseTests {

	@Test
	void nullVectorIsRejectedNamingItsIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EmbeddingResponse(Arrays.asList(new float[] { 1f }, null), "m", null))
			.withMessage("'vectors[1]' must not be null");
	}

	@Test
	void nullListAndUsageMeanEmptyAndUnknown() {
		EmbeddingResponse response = new EmbeddingResponse(null, null, null);
		assertThat(response.vectors()).isEmpty();
		assertThat(response.usage().isKnown()).isFalse();
	}

}
