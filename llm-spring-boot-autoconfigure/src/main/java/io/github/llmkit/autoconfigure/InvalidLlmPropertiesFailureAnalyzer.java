package io.github.llmkit.autoconfigure;

import java.util.List;

import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidLlmPropertiesException} into one start-up report listing every invalid {@code llm.*}
 * property and what to set.
 */
class InvalidLlmPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLlmPropertiesException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidLlmPropertiesException cause) {
		List<Problem> problems = cause.problems();
		StringBuilder description = new StringBuilder();
		description.append("The llm configuration has ")
			.append(problems.size())
			.append((problems.size() == 1) ? " problem:" : " problems:")
			.append(System.lineSeparator());
		StringBuilder action = new StringBuilder("Update your application's configuration:");
		action.append(System.lineSeparator());
		for (Problem problem : problems) {
			description.append(System.lineSeparator())
				.append("    - ")
				.append(problem.property())
				.append(" ")
				.append(problem.reason());
			action.append(System.lineSeparator())
				.append("    - ")
				.append(problem.property())
				.append(": ")
				.append(problem.action());
		}
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}
