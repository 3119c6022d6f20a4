package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.limits.LimitExceeded;
import dev.ndgrade.limits.Limits;
import dev.ndgrade.limits.Meter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The thread a session's code runs on: its meter, its stack, and giving it up when it cannot be stopped. */
class WorkerTests {

    @Test
    void runsTheWorkWithTheMeterCurrentAndHandsBackWhatItThrows() {
        Meter meter = new Meter(Limits.DEFAULT);
        Worker worker = new Worker(meter, 0);
        assertEquals(Optional.of(true), worker.call(() -> Meter.current() == meter));
        LimitExceeded thrown = new LimitExceeded("x");
        assertSame(thrown, assertThrows(LimitExceeded.class, () -> worker.call(() -> {
            throw thrown;
        })));
        assertThrows(StackOverflowError.class, () -> worker.call(WorkerTests::recurse));
    }

    @Test
    void givesUpAThreadStuckPastItsTimeLimitAndCancelsItsMeter() throws InterruptedException {
        Meter meter = new Meter(Limits.NONE.with("seconds", 1));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        meter.startUnit();
        Optional<Object> result = new Worker(meter, 0).call(() -> {
            awaitUninterruptibly(release); // stuck where no charge looks at the clock
            try {
                meter.step();
            } catch (LimitExceeded e) {
                stopped.countDown();
            }
            return "done";
        });
        assertEquals(Optional.empty(), result);
        release.countDown();
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the cancelled meter stops the thread at its next charge");
    }

    private static Object recurse() {
        return recurse();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // keep waiting: this stands for code that ignores everything but the meter
            }
        }
    }
}
