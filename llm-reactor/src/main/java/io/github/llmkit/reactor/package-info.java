/**
 * Reactor forms of an llmkit client: {@link io.github.llmkit.reactor.ReactorLlmClient} gives a {@code Mono}
 * for chat and the tool loop and a {@code Flux} of deltas for streams, with backpressure and cancellation.
 */
package io.github.llmkit.reactor;
