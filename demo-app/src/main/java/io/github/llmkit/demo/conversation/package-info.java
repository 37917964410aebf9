/**
 * The conversations of the demo page: their stored history, read back after a reload or a restart.
 */
package io.github.llmkit.demo.conversation;
