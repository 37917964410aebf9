/**
 * Asynchronous and reactive forms of the blocking client: {@link io.github.llmkit.async.AsyncLlmClient} runs
 * chat, stream and tool-loop calls on an executor and returns cancellable futures, and publishes a stream as a
 * {@link java.util.concurrent.Flow.Publisher} with bounded buffering. Both run the blocking transport on a
 * worker thread (a virtual thread when the runtime has them); there is no second transport.
 */
package io.github.llmkit.async;
