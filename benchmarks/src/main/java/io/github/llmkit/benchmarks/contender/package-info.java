/**
 * The libraries under measurement, each behind {@link io.github.llmkit.benchmarks.contender.ChatContender}.
 */
package io.github.llmkit.benchmarks.contender;
