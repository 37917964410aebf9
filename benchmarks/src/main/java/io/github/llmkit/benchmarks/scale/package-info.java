/**
 * The open-streams scaling run: thousands of concurrent ten-second streams on one client of each library, each
 * library in its own JVM, against the benchmark server's slow-stream route.
 */
package io.github.llmkit.benchmarks.scale;
