package io.github.llmkit.benchmarks.scale;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.benchmarks.server.ServerProcess;

/**
 * Runs the open-streams table: for every concurrency and contender, a fresh benchmark server and a client JVM
 * with {@code -Xmx1g} ({@link OpenStreamsClient}); prints each result as it comes and writes the Markdown table.
 * Arguments are {@code key=value}: {@code sizes} (default {@code 1000,5000,10000}), {@code contenders}
 * (default {@code llmkit,springai,langchain4j}), {@code chunks} (20), {@code interval} in ms (500),
 * {@code limit} in seconds per run (120), {@code java} (the client JVM's {@code bin/java}; default this one's),
 * {@code out} (the Markdown file; default {@code benchmarks/target/open-streams.md}, appended to).
 *
 * @since 0.1.0
 */
public final class OpenStreams {

	private OpenStreams() {
	}

	/**
	 * Run the table.
	 * @param args {@code key=value} settings
	 * @throws IOException if a process or the output file fails
	 * @throws InterruptedException if interrupted while waiting for a client
	 */
	public static void main(String[] args) throws IOException, InterruptedException {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("sizes", "1000,5000,10000");
		settings.put("contenders", "llmkit,springai,langchain4j");
		settings.put("chunks", "20");
		settings.put("interval", "500");
		settings.put("limit", "120");
		settings.put("java", System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
		settings.put("out", "benchmarks/target/open-streams.md");
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (equals < 0 || !settings.containsKey(arg.substring(0, equals))) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; known: " + settings.keySet());
			}
			settings.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		int chunks = Integer.parseInt(settings.get("chunks"));
		long interval = Long.parseLong(settings.get("interval"));
		long limit = Long.parseLong(settings.get("limit"));
		List<StreamsResult> results = new ArrayList<>();
		for (String size : settings.get("sizes").split(",")) {
			for (String contender : settings.get("contenders").split(",")) {
				StreamsResult result = runOne(settings.get("java"), contender, Integer.parseInt(size), chunks, interval,
						limit);
				System.out.println(result.toLine());
				results.add(result);
			}
		}
		String table = table(results, chunks, interval);
		System.out.println(table);
		Path out = Path.of(settings.get("out"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, table + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
	}

	private static StreamsResult runOne(String java, String contender, int n, int chunks, long interval, long limit)
			throws IOException, InterruptedException {
		try (ServerProcess server = ServerProcess.start(chunks, "1g")) {
			long heapAt = Math.max(1000, interval * chunks * 6 / 10);
			List<String> command = List.of(java, "-Xmx1g", "-cp",
					System.getProperty("java.class.path"), OpenStreamsClient.class.getName(), contender,
					Integer.toString(n), server.rootUrl(), Integer.toString(chunks), Long.toString(interval),
					Long.toString(limit), Long.toString(heapAt));
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			String resultLine = null;
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					if (line.startsWith(StreamsResult.PREFIX)) {
						resultLine = line;
					}
				}
			}
			if (!process.waitFor(limit + 60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			if (resultLine == null) {
				return new StreamsResult(contender, "client JVM exited with " + process.exitValue(), 0, n, 0, n, limit,
						true, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, -1,
						"no result (see the log above)");
			}
			return StreamsResult.parse(resultLine);
		}
	}

	static String table(List<StreamsResult> results, int chunks, long interval) {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT,
				"Streams of %d deltas, one every %d ms (%.1f s each); each client JVM -Xmx1g.%n%n", chunks, interval,
				(chunks - 1) * interval / 1000.0));
		table.append("| Streams | Contender | JDK | How | Completed | Wall time | Heap after GC, streams open | "
				+ "Heap after GC, after the run | Peak platform threads | CPU | TTFT p50 | TTFT p99 | TTFT alone | "
				+ "Load avg | First failure |\n");
		table.append("|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (StreamsResult r : results) {
			table.append(String.format(Locale.ROOT,
					"| %,d | %s | %d | %s | %,d%s | %s%.1f s | %.0f MB | %.0f MB | %,d | %.1f s | %s | %s | %s | %.1f | %s |%n",
					r.streams(), r.contender(), r.jdk(), r.how(), r.completed(),
					(r.failed() > 0) ? " (" + r.failed() + " failed)" : "", (r.timedOut()) ? "stopped at " : "",
					r.wallSeconds(), r.heapOpenMb(), r.heapAfterMb(), r.peakThreads(), r.cpuSeconds(),
					millis(r.ttftP50Millis()), millis(r.ttftP99Millis()), millis(r.singleTtftMillis()), r.loadAverage(),
					r.firstFailure().isEmpty() ? "" : r.firstFailure().replace('|', '/')));
		}
		return table.toString();
	}

	private static String millis(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		return (value >= 1000) ? String.format(Locale.ROOT, "%.2f s", value / 1000)
				: String.format(Locale.ROOT, "%.0f ms", value);
	}

}
