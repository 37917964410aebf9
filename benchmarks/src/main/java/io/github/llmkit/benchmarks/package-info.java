/**
 * JMH benchmarks of llmkit against a hand-written Apache HttpClient 5 + Jackson floor and against peer libraries.
 */
package io.github.llmkit.benchmarks;
