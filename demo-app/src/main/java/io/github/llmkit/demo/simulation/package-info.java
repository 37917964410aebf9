/**
 * Decides which configured providers are live and points the others at an in-process simulator.
 */
package io.github.llmkit.demo.simulation;
