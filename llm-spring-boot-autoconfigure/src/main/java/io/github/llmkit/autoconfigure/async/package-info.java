/**
 * Auto-configuration of the asynchronous and Reactor forms of the primary client.
 */
package io.github.llmkit.autoconfigure.async;
