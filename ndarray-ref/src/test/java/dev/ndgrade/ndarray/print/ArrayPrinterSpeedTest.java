package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ViewOrigin;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Float printing generates digits with big-integer arithmetic; it must still be cheap for the interpreter. */
class ArrayPrinterSpeedTest {

    @Test
    void a_1000_element_float_array_prints_in_well_under_10_ms_once_warm() {
        NdArray a = NdArray.allocate(DType.FLOAT64, new long[]{1000}, 'C', ViewOrigin.fresh("test data"));
        SplittableRandom random = new SplittableRandom(7);
        for (long off : a.offsetsInCOrder()) {
            // magnitudes 1e-12..1e20: scientific notation, the costlier path (two digit passes per value)
            Elements.writeDouble(DType.FLOAT64, a.buffer(), off, Math.pow(10, random.nextDouble(-12, 20)));
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            ArrayPrinter.repr(a);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertTrue(best < 10_000_000, "best of 60 reprs took " + best / 1e6 + " ms");
    }
}
