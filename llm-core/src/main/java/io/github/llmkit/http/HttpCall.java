package io.github.llmkit.http;

import java.util.Map;

/**
 * One HTTP request as a wire family describes it: method, absolute URL, family headers and body.
 * Authentication and the client's custom headers are part of {@code headers}.
 *
 * @param operation the operation name for logs and metrics ({@code chat}, {@code models}, ...)
 * @param method the HTTP method
 * @param url the absolute URL; never holds a secret
 * @param headers request headers
 * @param body the JSON body, or null for none
 * @since 0.1.0
 */
public record HttpCall(String operation, String method, String url, Map<String, String> headers, byte[] body) {

	/**
	 * Create a call, copying the headers.
	 */
	public HttpCall {
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
	}

	/**
	 * Return a description with credential header values masked and the body's size only.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "HttpCall[operation=" + this.operation + ", method=" + this.method + ", url=" + Redactor.url(this.url)
				+ ", headers=" + Redactor.headers(this.headers) + ", body="
				+ ((this.body != null) ? this.body.length + " bytes" : "none") + "]";
	}

	/**
	 * Create a POST with a JSON body.
	 * @param operation the operation name
	 * @param url the URL
	 * @param headers the headers
	 * @param body the JSON body
	 * @return the call
	 */
	public static HttpCall post(String operation, String url, Map<String, String> headers, byte[] body) {
		return new HttpCall(operation, "POST", url, headers, body);
	}

	/**
	 * Create a GET.
	 * @param operation the operation name
	 * @param url the URL
	 * @param headers the headers
	 * @return the call
	 */
	public static HttpCall get(String operation, String url, Map<String, String> headers) {
		return new HttpCall(operation, "GET", url, headers, null);
	}

}
