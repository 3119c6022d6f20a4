package dev.ndgrade.ndarray.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class MemoryOverlapTest {
    /** The max_work values of the golden "shares" letters; null is the default. */
    private static final Long[] SHARES_MAX_WORK = {null, 0L, 1L, 2L, 3L, 5L, 10L, 100L, 1000L, -2L, -3L};
    private static final Long[] MAY_MAX_WORK = {null, 1L, 5L, -1L};
    private static final long[] INTERNAL_MAX_WORK = {-1, 0, 1, 4, 20};

    @Test
    void everyGoldenPairGetsNumPysAnswerForEveryMaxWork() {
        int pairs = 0;
        for (String line : Golden.lines("overlap.txt")) {
            String[] f = line.split(" ");
            if (f[0].equals("P")) {
                ArrayExtent a = extent(f, 1);
                ArrayExtent b = extent(f, 5);
                StringBuilder shares = new StringBuilder();
                for (Long maxWork : SHARES_MAX_WORK) {
                    shares.append(letter(() -> maxWork == null ? MemoryOverlap.sharesMemory(a, b)
                            : MemoryOverlap.sharesMemory(a, b, maxWork)));
                }
                StringBuilder may = new StringBuilder();
                for (Long maxWork : MAY_MAX_WORK) {
                    may.append(letter(() -> maxWork == null ? MemoryOverlap.mayShareMemory(a, b)
                            : MemoryOverlap.mayShareMemory(a, b, maxWork)));
                }
                assertEquals(f[9] + " " + f[10], shares + " " + may, line);
                pairs++;
            } else {
                ArrayExtent a = extent(f, 1);
                StringBuilder internal = new StringBuilder();
                for (long maxWork : INTERNAL_MAX_WORK) {
                    internal.append(internalLetter(a, maxWork));
                }
                assertEquals(f[5], internal.toString(), line);
            }
        }
        assertTrue(pairs > 1000, "golden pairs read: " + pairs);
    }

    private static ArrayExtent extent(String[] f, int at) {
        return new ArrayExtent(Long.parseLong(f[at + 1]), Golden.tuple(f[at + 2]), Golden.tuple(f[at + 3]),
                Long.parseLong(f[at]));
    }

    private static char letter(BooleanSupplier call) {
        try {
            return call.getAsBoolean() ? 'T' : 'F';
        } catch (LayoutException e) {
            switch (e.pyType()) {
                case "TooHardError":
                    return 'H';
                case "OverflowError":
                    return 'O';
                case "ValueError":
                    return 'V';
                default:
                    throw e;
            }
        }
    }

    private static char internalLetter(ArrayExtent a, long maxWork) {
        try {
            switch (MemoryOverlap.internalOverlap(a, maxWork)) {
                case NO:
                    return 'F';
                case YES:
                    return 'T';
                case TOO_HARD:
                    return 'H';
                case OVERFLOW:
                    return 'O';
                default:
                    throw new IllegalStateException();
            }
        } catch (LayoutException e) {
            assertEquals("RuntimeError", e.pyType());
            return 'R';
        }
    }

    @Test
    void numPysSteppedColumnsExampleIsExactlySolvedButTooHardForSmallWork() {
        // x = np.arange(4*20).reshape(4, 20).astype(np.int8); a = x[:, ::7]; b = x[:, 3::3]
        ArrayExtent a = new ArrayExtent(0, new long[] {4, 3}, new long[] {20, 7}, 1);
        ArrayExtent b = new ArrayExtent(3, new long[] {4, 6}, new long[] {20, 3}, 1);
        assertFalse(MemoryOverlap.sharesMemory(a, b));
        assertFalse(MemoryOverlap.sharesMemory(a, b, -2));
        assertFalse(MemoryOverlap.sharesMemory(a, b, 1_000_000));
        assertTrue(MemoryOverlap.mayShareMemory(a, b));
        assertFalse(MemoryOverlap.mayShareMemory(a, b, -1));
        for (long maxWork : new long[] {0, 1, 2, 5}) {
            LayoutException e = assertThrows(LayoutException.class, () -> MemoryOverlap.sharesMemory(a, b, maxWork));
            assertEquals("TooHardError", e.pyType());
            assertEquals("Exceeded max_work", e.getMessage());
            assertTrue(MemoryOverlap.mayShareMemory(a, b, maxWork));
        }
    }

    @Test
    void maxWorkBelowMinusTwoIsInvalidForBothFunctions() {
        ArrayExtent a = new ArrayExtent(0, new long[] {4}, new long[] {8}, 8);
        for (Runnable call : new Runnable[] {() -> MemoryOverlap.sharesMemory(a, a, -3),
                () -> MemoryOverlap.mayShareMemory(a, a, -3)}) {
            LayoutException e = assertThrows(LayoutException.class, call::run);
            assertEquals("ValueError", e.pyType());
            assertEquals("Invalid value for max_work", e.getMessage());
        }
    }

    @Test
    void hugeStridesOverflowNumPysArithmetic() {
        // as_strided(np.zeros(10, np.int8), (2, 2), (2**62, 2**62 - 1)) against (2**62 - 3, 2**61 + 5)
        ArrayExtent a = new ArrayExtent(0, new long[] {2, 2}, new long[] {1L << 62, (1L << 62) - 1}, 1);
        ArrayExtent b = new ArrayExtent(0, new long[] {2, 2}, new long[] {(1L << 62) - 3, (1L << 61) + 5}, 1);
        LayoutException e = assertThrows(LayoutException.class, () -> MemoryOverlap.sharesMemory(a, b));
        assertEquals("OverflowError", e.pyType());
        assertEquals("Integer overflow in computing overlap", e.getMessage());
        assertTrue(MemoryOverlap.mayShareMemory(a, b, -1));
    }

    @Test
    void emptyArraysShareNothing() {
        ArrayExtent empty = new ArrayExtent(8, new long[] {0, 3}, new long[] {24, 8}, 8);
        ArrayExtent all = new ArrayExtent(0, new long[] {6}, new long[] {8}, 8);
        assertFalse(MemoryOverlap.sharesMemory(empty, all));
        assertFalse(MemoryOverlap.mayShareMemory(empty, all));
        assertEquals(new ByteRange(8, 8), MemoryOverlap.offsetBounds(8, new long[] {0, 3}, new long[] {24, 8}, 8));
    }

    @Test
    void offsetBoundsReachBackwardsForNegativeStrides() {
        // np.arange(6)[::-1]: first element at byte 40, stride -8
        assertEquals(new ByteRange(0, 48), MemoryOverlap.offsetBounds(40, new long[] {6}, new long[] {-8}, 8));
    }

    @Test
    void aBroadcastAxisIsInternalOverlap() {
        assertEquals(OverlapResult.YES,
                MemoryOverlap.internalOverlap(new ArrayExtent(0, new long[] {2, 3}, new long[] {0, 8}, 8), -1));
        assertEquals(OverlapResult.NO,
                MemoryOverlap.internalOverlap(new ArrayExtent(0, new long[] {2, 3}, new long[] {8, 16}, 8), -1));
    }
}
