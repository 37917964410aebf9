package io.github.llmkit.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread for every transport of the JVM: every 20 ms it checks the calls in flight
 * ({@link Exchange#check(long)}: interrupt, cancellation, deadline, stream silence), and about once a second it
 * runs the pools' housekeeping (closing idle connections). A blocking socket read of a platform thread cannot
 * see an interrupt, so this thread is what turns one into an aborted exchange. A tick costs one pass over the
 * calls in flight; the thread ends after a minute with nothing to watch and starts again on demand.
 */
final class Watchdog {

	static final Watchdog INSTANCE = new Watchdog();

	private static final Logger logger = LoggerFactory.getLogger(Watchdog.class);

	private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(1);

	private static final int IDLE_TICKS_BEFORE_EXIT = 3000;

	private final Set<Exchange> exchanges = ConcurrentHashMap.newKeySet();

	private final Set<BooleanSupplier> sweepers = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean running = new AtomicBoolean();

	void watch(Exchange exchange) {
		this.exchanges.add(exchange);
		ensureRunning();
	}

	void forget(Exchange exchange) {
		this.exchanges.remove(exchange);
	}

	/**
	 * Run a housekeeping task about once a second for as long as it returns true.
	 */
	void sweep(BooleanSupplier sweeper) {
		if (this.sweepers.add(sweeper)) {
			ensureRunning();
		}
	}

	private void ensureRunning() {
		if (!this.running.get() && this.running.compareAndSet(false, true)) {
			Thread thread = new Thread(this::run, "llmkit-watchdog");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private void run() {
		long lastSweep = System.nanoTime();
		int idleTicks = 0;
		while (true) {
			LockSupport.parkNanos(TICK_NANOS);
			long now = System.nanoTime();
			for (Exchange exchange : this.exchanges) {
				exchange.check(now);
			}
			if (now - lastSweep >= SWEEP_NANOS) {
				lastSweep = now;
				this.sweepers.removeIf(Watchdog::sweepDone);
			}
			if (!this.exchanges.isEmpty() || !this.sweepers.isEmpty()) {
				idleTicks = 0;
			}
			else if (++idleTicks >= IDLE_TICKS_BEFORE_EXIT) {
				this.running.set(false);
				if ((this.exchanges.isEmpty() && this.sweepers.isEmpty()) || !this.running.compareAndSet(false, true)) {
					return;
				}
				idleTicks = 0;
			}
		}
	}

	private static boolean sweepDone(BooleanSupplier sweeper) {
		try {
			return !sweeper.getAsBoolean();
		}
		catch (RuntimeException ex) {
			logger.debug("Closing idle connections failed", ex);
			return true;
		}
	}

}
