package io.github.llmkit.autoconfigure;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.llmkit.LlmException;

/**
 * Thrown at start-up when {@code llm.*} properties are invalid; it lists every problem at once, each with its
 * property and what to set. Values of API keys never appear in it.
 *
 * @since 0.1.0
 */
public class InvalidLlmPropertiesException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	/**
	 * Create an exception for the given problems.
	 * @param problems the problems, not empty
	 */
	public InvalidLlmPropertiesException(List<Problem> problems) {
		super(null, message(problems));
		this.problems = List.copyOf(problems);
	}

	private static String message(List<Problem> problems) {
		if (problems == null || problems.isEmpty()) {
			throw new IllegalArgumentException("'problems' must not be empty");
		}
		return "Invalid llm configuration: " + problems.stream()
			.map((problem) -> problem.property() + " " + problem.reason())
			.collect(Collectors.joining("; "));
	}

	/**
	 * Return the problems, in property order.
	 * @return an immutable list, never empty
	 */
	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One invalid property.
	 *
	 * @param property the full property name, such as {@code llm.providers.fast.api-key}
	 * @param reason what is wrong, never quoting a secret
	 * @param action what to set instead
	 */
	public record Problem(String property, String reason, String action) {

		/**
		 * Create a problem, requiring every part.
		 */
		public Problem {
			Objects.requireNonNull(property, "'property' must not be null");
			Objects.requireNonNull(reason, "'reason' must not be null");
			Objects.requireNonNull(action, "'action' must not be null");
		}

	}

}
