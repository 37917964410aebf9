package io.github.llmkit;

/**
 * The provider rejected the API key or its permissions (HTTP 401 or 403). Never retried.
 *
 * @since 0.1.0
 */
public class LlmAuthenticationException extends LlmHttpException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param status the HTTP status
	 * @param errorType the provider's error type, or null
	 * @param errorMessage the provider's error message (keys already masked by the provider), or null
	 */
	public LlmAuthenticationException(String provider, int status, String errorType, String errorMessage) {
		super(provider, status, errorType, errorMessage);
	}

}
