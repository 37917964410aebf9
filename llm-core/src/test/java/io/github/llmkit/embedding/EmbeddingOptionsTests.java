package io.github.llmkit.embedding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmbeddingOptionsTests {

	@Test
	void rejectsZeroOrNegativeDimensions() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EmbeddingOptions(null, 0))
			.withMessage("'dimensions' must be positive, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new EmbeddingOptions("m", -3))
			.withMessage("'dimensions' must be positive, was -3");
	}

	@Test
	void rejectsBlankModel() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddingOptions.model(" "))
			.withMessage("'model' must not be blank");
	}

	@Test
	void nullMeansInherit() {
		assertThat(EmbeddingOptions.model(null)).isEqualTo(EmbeddingOptions.none());
	}

}
