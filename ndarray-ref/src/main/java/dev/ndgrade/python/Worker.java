package dev.ndgrade.python;

import dev.ndgrade.limits.Meter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a session's code on a thread of its own, under the session's meter. The thread's stack is large, so that
 * Python's own recursion limit (1000 frames) fires long before Java's stack runs out. The caller waits, and gives the
 * thread up when the current unit has run well past its time limit somewhere no charge looks at the clock: the
 * meter is cancelled (the thread stops at its next charge) and the caller goes on without it.
 */
final class Worker {
    /**
     * Room for tens of thousands of nested Python calls (a thousand need about 3 MB before the JIT compiles anything),
     * reserved and committed only as used; not more, as a deeper stack makes every collection slower to scan it.
     */
    static final long STACK_BYTES = 64L << 20;
    private static final long POLL_MILLIS = 100;

    private final Meter meter;
    private final long graceNanos;

    /** @param graceNanos how long past its time limit a unit may run before its thread is given up */
    Worker(Meter meter, long graceNanos) {
        this.meter = meter;
        this.graceNanos = graceNanos;
    }

    /**
     * What {@code work} returns, run on a new thread with this worker's meter current; what it throws is thrown here.
     * Empty when the thread was given up.
     */
    <T> Optional<T> call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(meter.runMetered(work));
            } catch (Throwable e) { // handed to the caller, whatever it is
                failure.set(e);
            }
        }, "ndgrade-snippet", STACK_BYTES);
        thread.setDaemon(true); // a thread given up must not keep the JVM alive
        thread.start();
        if (!awaitOrGiveUp(thread)) {
            return Optional.empty();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        } else if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return Optional.of(result.get());
    }

    /** Whether {@code thread} finished; false when it was given up. */
    private boolean awaitOrGiveUp(Thread thread) {
        try {
            while (thread.isAlive()) {
                thread.join(POLL_MILLIS);
                if (thread.isAlive() && meter.overdue(graceNanos)) {
                    meter.cancel();
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            meter.cancel();
            return false;
        }
    }
}
