package io.github.llmkit.demo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses API request bodies over a size limit before they are read, with a 400 naming the {@code body}.
 *
 * @since 0.1.0
 */
public class RequestSizeInterceptor implements HandlerInterceptor {

	private final long maxBytes;

	/**
	 * Create the interceptor.
	 * @param maxBytes the largest body accepted, in bytes
	 */
	public RequestSizeInterceptor(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			throw new InvalidFieldException("body",
					"Request body must be at most " + this.maxBytes + " bytes, was " + length);
		}
		return true;
	}

}
