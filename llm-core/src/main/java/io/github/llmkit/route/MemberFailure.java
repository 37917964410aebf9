package io.github.llmkit.route;

import io.github.llmkit.LlmException;

/**
 * Why one member of a route did not answer.
 *
 * @param member the member's client name
 * @param reason the failover reason
 * @param failure the member's last failure (for an open circuit, the failure before it opened when known)
 * @since 0.1.0
 */
public record MemberFailure(String member, FailoverReason reason, LlmException failure) {

}
