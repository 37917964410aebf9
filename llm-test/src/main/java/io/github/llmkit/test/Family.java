package io.github.llmkit.test;

import java.io.IOException;
import java.util.Map;

/**
 * One wire family's behaviour: who may call, which requests it refuses, how its errors look, and how it answers.
 */
interface Family {

	/**
	 * Check the credentials of a request.
	 * @return the provider's authentication error, or null when the caller may proceed
	 */
	HttpReply authorize(Call call);

	/**
	 * Check the route and request body the way the real API does where that is cheap.
	 * @return the provider's error, or null when the request is acceptable
	 */
	HttpReply validate(Call call);

	/**
	 * Render an error in the provider's own shape.
	 */
	HttpReply error(Call call, int status, String type, String message, Map<String, String> headers);

	/**
	 * Answer a valid request, with a scripted answer or, when {@code script} is null, a default one.
	 */
	void respond(Call call, MockReply script) throws IOException;

}
