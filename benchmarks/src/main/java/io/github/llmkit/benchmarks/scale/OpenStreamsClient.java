package io.github.llmkit.benchmarks.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.management.OperatingSystemMXBean;

import io.github.llmkit.benchmarks.server.CannedBodies;

/**
 * The client JVM of one run: opens one stream alone twice (warm-up, then the single-stream time to first
 * text), then {@code n} streams at once, takes a heap reading after a full GC while they are open, waits for
 * all of them or the time limit, and prints a {@link StreamsResult} line. Exits the JVM when done, since some
 * libraries leave non-daemon threads behind.
 *
 * @since 0.1.0
 */
public final class OpenStreamsClient {

	private static final double MB = 1024.0 * 1024.0;

	private OpenStreamsClient() {
	}

	/**
	 * Run once.
	 * @param args contender, number of streams, server root URL, deltas per stream, interval in ms, time limit
	 * in seconds, delay of the open-streams heap reading in ms
	 * @throws InterruptedException if interrupted while waiting
	 */
	public static void main(String[] args) throws InterruptedException {
		String name = args[0];
		int n = Integer.parseInt(args[1]);
		String root = args[2];
		int chunks = Integer.parseInt(args[3]);
		long interval = Long.parseLong(args[4]);
		long limitSeconds = Long.parseLong(args[5]);
		long heapAtMillis = Long.parseLong(args[6]);
		String expected = CannedBodies.streamText(chunks);

		StreamsContender single = StreamsContender.create(name, root + "/slow/" + chunks + "/0/v1");
		runAlone(single, expected);
		double singleTtft = runAlone(single, expected);

		StreamsContender contender = StreamsContender.create(name, root + "/slow/" + chunks + "/" + interval + "/v1");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		threads.resetPeakThreadCount();
		long cpuStart = os.getProcessCpuTime();
		CountDownLatch finished = new CountDownLatch(n);
		List<StreamRecord> records = new ArrayList<>(n);
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			StreamRecord record = new StreamRecord(finished);
			records.add(record);
			record.opened();
			try {
				contender.open(record);
			}
			catch (RuntimeException ex) {
				record.fail(ex);
			}
		}
		long heapAt = start + TimeUnit.MILLISECONDS.toNanos(heapAtMillis);
		long untilHeap = heapAt - System.nanoTime();
		boolean allDone = false;
		if (untilHeap > 0) {
			allDone = finished.await(untilHeap, TimeUnit.NANOSECONDS);
		}
		double heapOpen = heapAfterGc();
		long deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
		if (!allDone) {
			allDone = finished.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		long end = (allDone) ? lastEnd(records) : System.nanoTime();
		double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
		int peak = threads.getPeakThreadCount();
		double heapAfter = heapAfterGc();

		int completed = 0;
		String firstFailure = "";
		List<Long> ttft = new ArrayList<>(n);
		for (StreamRecord record : records) {
			if (record.succeeded(expected)) {
				completed++;
				ttft.add(record.timeToFirstTextNanos());
			}
			else if (record.endedNanos() != 0 && firstFailure.isEmpty()) {
				firstFailure = record.describe(expected);
			}
		}
		int failed = (int) records.stream().filter((r) -> r.endedNanos() != 0 && !r.succeeded(expected)).count();
		long[] sorted = ttft.stream().mapToLong(Long::longValue).sorted().toArray();
		StreamsResult result = new StreamsResult(name, contender.describe(), Runtime.version().feature(), n,
				completed, failed, (end - start) / 1e9, !allDone, percentile(sorted, 0.50), percentile(sorted, 0.99),
				singleTtft, heapOpen, heapAfter, peak, cpu, loadAverage(), firstFailure);
		System.out.println(result.toLine());
		System.out.flush();
		System.exit(0);
	}

	private static double runAlone(StreamsContender contender, String expected) throws InterruptedException {
		CountDownLatch finished = new CountDownLatch(1);
		StreamRecord record = new StreamRecord(finished);
		record.opened();
		contender.open(record);
		if (!finished.await(60, TimeUnit.SECONDS) || !record.succeeded(expected)) {
			throw new IllegalStateException("The single warm-up stream failed: " + record.describe(expected));
		}
		return record.timeToFirstTextNanos() / 1e6;
	}

	private static long lastEnd(List<StreamRecord> records) {
		return records.stream().mapToLong(StreamRecord::endedNanos).max().orElse(System.nanoTime());
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static double heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
	}

}
