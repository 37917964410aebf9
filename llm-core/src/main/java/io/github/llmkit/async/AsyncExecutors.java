package io.github.llmkit.async;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the executor async calls run on when the caller names none: a virtual thread per task when the
 * runtime has virtual threads (JDK 21 and later), otherwise a cached pool of daemon platform threads. The
 * project compiles to Java 17, so the virtual-thread factory is looked up at run time.
 */
final class AsyncExecutors {

	private static final ExecutorService SHARED = create();

	private AsyncExecutors() {
	}

	static ExecutorService shared() {
		return SHARED;
	}

	static boolean virtual() {
		return virtualFactory() != null;
	}

	private static ExecutorService create() {
		MethodHandle factory = virtualFactory();
		if (factory != null) {
			try {
				return (ExecutorService) factory.invoke();
			}
			catch (Throwable ex) {
				// Fall through to platform threads: the runtime refused virtual threads.
			}
		}
		return java.util.concurrent.Executors.newCachedThreadPool(new DaemonThreads());
	}

	private static MethodHandle virtualFactory() {
		try {
			return MethodHandles.publicLookup()
				.findStatic(java.util.concurrent.Executors.class, "newVirtualThreadPerTaskExecutor",
						MethodType.methodType(ExecutorService.class));
		}
		catch (NoSuchMethodException | IllegalAccessException ex) {
			return null;
		}
	}

	private static final class DaemonThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "llmkit-async-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
