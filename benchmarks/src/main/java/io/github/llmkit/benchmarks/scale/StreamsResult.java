package io.github.llmkit.benchmarks.scale;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one contender at one concurrency, passed from the client JVM to the runner as one line of
 * {@code key=value} pairs separated by tabs.
 *
 * @param contender the contender's name
 * @param how how it ran its streams
 * @param jdk the runtime's feature version
 * @param streams the number of streams opened
 * @param completed the streams that ended with the expected text
 * @param failed the streams that failed or ended with other text
 * @param wallSeconds from the first open to the last end, or to the time limit
 * @param timedOut whether the time limit ended the run
 * @param ttftP50Millis median time from open to first text
 * @param ttftP99Millis 99th percentile time from open to first text
 * @param singleTtftMillis time to first text of one stream alone, before the run
 * @param heapOpenMb heap used after a full GC while the streams are open
 * @param heapAfterMb heap used after a full GC once the run ended
 * @param peakThreads the peak number of live platform threads during the run
 * @param cpuSeconds the client JVM's CPU time during the run, all threads
 * @param loadAverage the machine's one-minute load average when the run ended, or -1 where unknown
 * @param firstFailure the first failure's description, or empty
 * @since 0.1.0
 */
public record StreamsResult(String contender, String how, int jdk, int streams, int completed, int failed,
		double wallSeconds, boolean timedOut, double ttftP50Millis, double ttftP99Millis, double singleTtftMillis,
		double heapOpenMb, double heapAfterMb, int peakThreads, double cpuSeconds, double loadAverage,
		String firstFailure) {

	static final String PREFIX = "result\t";

	/**
	 * Encode the result as one line.
	 * @return the line, starting with {@code result}
	 */
	public String toLine() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("contender", this.contender);
		fields.put("how", this.how);
		fields.put("jdk", this.jdk);
		fields.put("streams", this.streams);
		fields.put("completed", this.completed);
		fields.put("failed", this.failed);
		fields.put("wall", format(this.wallSeconds));
		fields.put("timedOut", this.timedOut);
		fields.put("ttftP50", format(this.ttftP50Millis));
		fields.put("ttftP99", format(this.ttftP99Millis));
		fields.put("singleTtft", format(this.singleTtftMillis));
		fields.put("heapOpen", format(this.heapOpenMb));
		fields.put("heapAfter", format(this.heapAfterMb));
		fields.put("peakThreads", this.peakThreads);
		fields.put("cpu", format(this.cpuSeconds));
		fields.put("load", format(this.loadAverage));
		fields.put("failure", this.firstFailure.replace('\t', ' ').replace('\n', ' '));
		StringBuilder line = new StringBuilder("result");
		fields.forEach((key, value) -> line.append('\t').append(key).append('=').append(value));
		return line.toString();
	}

	/**
	 * Decode a line written by {@link #toLine()}.
	 * @param line the line
	 * @return the result
	 */
	public static StreamsResult parse(String line) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : line.substring(PREFIX.length()).split("\t")) {
			int equals = pair.indexOf('=');
			fields.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return new StreamsResult(fields.get("contender"), fields.get("how"), Integer.parseInt(fields.get("jdk")),
				Integer.parseInt(fields.get("streams")), Integer.parseInt(fields.get("completed")),
				Integer.parseInt(fields.get("failed")), Double.parseDouble(fields.get("wall")),
				Boolean.parseBoolean(fields.get("timedOut")), Double.parseDouble(fields.get("ttftP50")),
				Double.parseDouble(fields.get("ttftP99")), Double.parseDouble(fields.get("singleTtft")),
				Double.parseDouble(fields.get("heapOpen")), Double.parseDouble(fields.get("heapAfter")),
				Integer.parseInt(fields.get("peakThreads")), Double.parseDouble(fields.get("cpu")),
				Double.parseDouble(fields.get("load")), fields.getOrDefault("failure", ""));
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
