package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import java.util.Arrays;

/** {@code Generator.choice(replace=False)} without weights: which indices it picks, in NumPy's order. */
final class Sampling {
    private static final long EMPTY = -1L;

    private Sampling() {
    }

    static long[] withoutReplacement(BitGenerator bits, long pop, int size, boolean shuffle) {
        long cutoff = shuffle ? 50 : 20;
        if (pop > 10000 && size > pop / cutoff) {
            return tailShuffle(bits, pop, size);
        }
        return floyd(bits, pop, size, shuffle);
    }

    /** Shuffles the last {@code size} places of {@code arange(pop)} and keeps them. */
    private static long[] tailShuffle(BitGenerator bits, long pop, int size) {
        // NumPy's np.arange(pop): allocated as an array, so that the session's limits apply
        long[] idx = new long[Math.toIntExact(Creation.arange(0, pop, 1, DType.INT64).size())];
        Arrays.setAll(idx, i -> i);
        shuffleInts(bits, idx, Math.max(pop - size, 1));
        return Arrays.copyOfRange(idx, idx.length - size, idx.length);
    }

    /** Floyd's algorithm with NumPy's open-addressing set, sized to the power of two above 1.2 * size. */
    private static long[] floyd(BitGenerator bits, long pop, int size, boolean shuffle) {
        long[] idx = new long[size];
        long mask = BoundedIntegers.mask((long) (1.2 * size));
        long[] set = new long[Math.toIntExact(mask + 1)];
        Arrays.fill(set, EMPTY);
        for (long j = pop - size; j < pop; j++) {
            long val = BoundedIntegers.draw(bits, j, false);
            int loc = (int) (val & mask);
            while (set[loc] != EMPTY && set[loc] != val) {
                loc = (int) ((loc + 1) & mask);
            }
            if (set[loc] == EMPTY) {
                set[loc] = val;
                idx[(int) (j - pop + size)] = val;
            } else {
                loc = (int) (j & mask);
                while (set[loc] != EMPTY) {
                    loc = (int) ((loc + 1) & mask);
                }
                set[loc] = j;
                idx[(int) (j - pop + size)] = j;
            }
        }
        if (shuffle) {
            shuffleInts(bits, idx, 1);
        }
        return idx;
    }

    /** {@code _shuffle_int}: as Shuffle, but each swap partner drawn by Lemire's method. */
    private static void shuffleInts(BitGenerator bits, long[] data, long first) {
        for (int i = data.length - 1; i >= first; i--) {
            int j = (int) BoundedIntegers.draw(bits, i, false);
            long t = data[j];
            data[j] = data[i];
            data[i] = t;
        }
    }
}
