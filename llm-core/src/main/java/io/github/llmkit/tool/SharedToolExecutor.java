package io.github.llmkit.tool;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small pool of daemon threads that runs parallel tool calls when the caller supplies no executor. Its
 * threads end after a minute of idleness.
 */
final class SharedToolExecutor {

	private static final int THREADS = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

	private static final Duration KEEP_ALIVE = Duration.ofMinutes(1);

	private SharedToolExecutor() {
	}

	static ExecutorService get() {
		return Holder.POOL;
	}

	private static ExecutorService create() {
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "llmkit-tool-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	private static final class Holder {

		private static final ExecutorService POOL = create();

	}

}
