package io.github.llmkit.autoconfigure.tool;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidLlmToolBeanException}: which tool, beans and methods, and what to change.
 */
class InvalidLlmToolBeanFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLlmToolBeanException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidLlmToolBeanException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
