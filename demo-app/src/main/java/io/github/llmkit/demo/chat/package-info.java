/**
 * Chat over HTTP: one blocking endpoint and one Server-Sent Events stream.
 */
package io.github.llmkit.demo.chat;
