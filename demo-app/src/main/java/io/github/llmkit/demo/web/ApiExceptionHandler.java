package io.github.llmkit.demo.web;

import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.LlmRateLimitException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.LlmTimeoutException;
import io.github.llmkit.LlmUnsupportedOperationException;
import io.github.llmkit.tool.ToolException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into RFC 9457 problem details: bad input is a 400 naming the field, a provider
 * failure a 502 (504 on timeout) naming the client and the provider's status. Bodies never carry a stack
 * trace or an API key: llmkit's exception messages are redacted at the source. Spring MVC's own errors
 * (malformed JSON, wrong method) get problem details from the base class.
 *
 * @since 0.1.0
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	/**
	 * Answer an invalid request field.
	 * @param ex the exception
	 * @return a 400 problem with a {@code field} property
	 */
	@ExceptionHandler
	ProblemDetail invalidField(InvalidFieldException ex) {
		return invalidField(ex.field(), ex.getMessage());
	}

	/**
	 * Answer a failure of an llmkit call.
	 * @param ex the exception
	 * @return the problem chosen by {@link #problemFor(LlmException)}
	 */
	@ExceptionHandler
	ProblemDetail llmFailure(LlmException ex) {
		logger.warn("LLM call failed: " + ex.getMessage());
		return problemFor(ex);
	}

	/**
	 * Return the problem details for a failed llmkit call; also used for the final event of a failed stream.
	 * An operation the provider lacks, or a request llmkit refused before sending, is a 400 on the
	 * {@code provider} field; a tool registry fault is a 500; anything else failed at or on the way to the
	 * provider and is a 502, or a 504 on timeout.
	 * @param ex the failure
	 * @return the problem
	 */
	public static ProblemDetail problemFor(LlmException ex) {
		if (ex instanceof LlmUnsupportedOperationException || ex instanceof LlmInvalidRequestException) {
			ProblemDetail problem = invalidField("provider", ex.getMessage());
			problem.setProperty("provider", ex.provider());
			return problem;
		}
		if (ex instanceof ToolException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					ex.getMessage());
			problem.setTitle("Tool registry failed");
			return problem;
		}
		return providerProblem(ex);
	}

	private static ProblemDetail providerProblem(LlmException ex) {
		HttpStatus status = (ex instanceof LlmTimeoutException) ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("Provider call failed");
		problem.setProperty("provider", ex.provider());
		problem.setProperty("exception", ex.getClass().getSimpleName());
		if (ex instanceof LlmHttpException http) {
			problem.setProperty("providerStatus", http.status());
			problem.setProperty("providerErrorType", http.errorType());
		}
		if (ex instanceof LlmRateLimitException rateLimit && rateLimit.retryAfter() != null) {
			problem.setProperty("retryAfterSeconds", rateLimit.retryAfter().toSeconds());
		}
		if (ex instanceof LlmStreamException stream) {
			problem.setProperty("providerErrorType", stream.errorType());
		}
		return problem;
	}

	private static ProblemDetail invalidField(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("field", field);
		return problem;
	}

}
