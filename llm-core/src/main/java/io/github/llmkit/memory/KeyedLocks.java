package io.github.llmkit.memory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.github.llmkit.LlmException;

/**
 * One fair lock per conversation id, created on first use and removed when no thread holds or waits for it,
 * so that turns of one conversation run one after the other in this process.
 */
final class KeyedLocks {

	private final ConcurrentHashMap<String, Holder> locks = new ConcurrentHashMap<>();

	<T> T run(String key, Supplier<T> action) {
		Holder holder = this.locks.compute(key, (k, existing) -> {
			Holder held = (existing != null) ? existing : new Holder();
			held.users++;
			return held;
		});
		try {
			holder.lock.lockInterruptibly();
			try {
				return action.get();
			}
			finally {
				holder.lock.unlock();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LlmException(null, "Interrupted while waiting for the previous turn of conversation '" + key
					+ "' to finish", ex);
		}
		finally {
			this.locks.computeIfPresent(key, (k, held) -> (--held.users == 0) ? null : held);
		}
	}

	int size() {
		return this.locks.size();
	}

	private static final class Holder {

		private final ReentrantLock lock = new ReentrantLock(true);

		private int users;

	}

}
