/**
 * Transport infrastructure shared by every wire family: Apache HttpClient 5, retries, SSE framing, redaction.
 * Not user API; its types are public only so that the family packages can use them.
 */
package io.github.llmkit.http;
