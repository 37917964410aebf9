package io.github.llmkit.demo.provider;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.demo.chat.UsageView;
import io.github.llmkit.demo.web.InvalidFieldException;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Embeds texts with a provider that offers embeddings, and shows how similar they are.
 *
 * @since 0.1.0
 */
@RestController
public class EmbeddingController {

	private static final int MAX_INPUTS = 32;

	private static final int MAX_INPUT_LENGTH = 8000;

	private final ProviderCatalog catalog;

	/**
	 * Create the controller.
	 * @param catalog the configured clients
	 */
	public EmbeddingController(ProviderCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Embed the inputs; the vectors come back in input order, with the cosine similarity of every pair.
	 * @param request the provider, the texts and optionally the model and dimensions
	 * @return the vectors and their similarities
	 */
	@PostMapping("/api/embeddings")
	public EmbeddingReply embed(@RequestBody EmbeddingRequest request) {
		List<String> inputs = request.checkedInputs();
		LlmClient client = this.catalog.client(request.provider());
		EmbeddingResponse response = client.embed(inputs, new EmbeddingOptions(
				InvalidFieldException.optionalText("model", request.model(), 200), request.checkedDimensions()));
		return new EmbeddingReply(client.name(), response.model(), response.vectors(), similarities(response),
				UsageView.of(response.usage()));
	}

	private static List<List<Double>> similarities(EmbeddingResponse response) {
		List<float[]> vectors = response.vectors();
		List<List<Double>> rows = new ArrayList<>(vectors.size());
		for (float[] left : vectors) {
			List<Double> row = new ArrayList<>(vectors.size());
			for (float[] right : vectors) {
				row.add(cosine(left, right));
			}
			rows.add(row);
		}
		return rows;
	}

	private static double cosine(float[] left, float[] right) {
		double dot = 0;
		double leftNorm = 0;
		double rightNorm = 0;
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			dot += left[i] * right[i];
			leftNorm += left[i] * left[i];
			rightNorm += right[i] * right[i];
		}
		double norm = Math.sqrt(leftNorm) * Math.sqrt(rightNorm);
		return (norm == 0) ? 0 : Math.round(dot / norm * 10000) / 10000.0;
	}

	/**
	 * An embedding request.
	 *
	 * @param provider the client name, or null for the default client
	 * @param inputs the texts to embed
	 * @param model the embedding model, or null for the client's default
	 * @param dimensions the vector size, or null for the model's default
	 */
	public record EmbeddingRequest(String provider, List<String> inputs, String model, Integer dimensions) {

		List<String> checkedInputs() {
			if (this.inputs == null || this.inputs.isEmpty()) {
				throw new InvalidFieldException("inputs", "'inputs' is required and must hold at least one text");
			}
			if (this.inputs.size() > MAX_INPUTS) {
				throw new InvalidFieldException("inputs",
						"'inputs' must hold at most " + MAX_INPUTS + " texts, was " + this.inputs.size());
			}
			return this.inputs.stream()
				.map((input) -> InvalidFieldException.requireText("inputs", input, MAX_INPUT_LENGTH))
				.toList();
		}

		Integer checkedDimensions() {
			if (this.dimensions != null && (this.dimensions <= 0 || this.dimensions > 8192)) {
				throw new InvalidFieldException("dimensions",
						"'dimensions' must be between 1 and 8192, was " + this.dimensions);
			}
			return this.dimensions;
		}

	}

	/**
	 * The embeddings of one request.
	 *
	 * @param provider the client name
	 * @param model the model that produced the vectors
	 * @param vectors the vectors, in input order
	 * @param similarities the cosine similarity of every pair of inputs, row by row
	 * @param usage the tokens spent
	 */
	public record EmbeddingReply(String provider, String model, List<float[]> vectors,
			List<List<Double>> similarities, UsageView usage) {

		/**
		 * Create the reply, copying the lists.
		 */
		public EmbeddingReply {
			vectors = List.copyOf(vectors);
			similarities = List.copyOf(similarities);
		}

	}

}
