package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;

/**
 * One entry of an indexing tuple, after Python values were classified: an integer, a slice, {@code ...},
 * {@code np.newaxis}, or an integer/boolean array (lists are converted to arrays before they get here).
 */
public sealed interface Index permits Index.At, Index.Slice, Index.Ellipsis, Index.NewAxis, Index.Fancy {

    /** The index tuple entry {@code ...}. */
    Ellipsis ELLIPSIS = new Ellipsis();
    /** The index tuple entry {@code None} / {@code np.newaxis}. */
    NewAxis NEW_AXIS = new NewAxis();

    static At at(long i) { return new At(i); }

    static Slice slice(Long start, Long stop, Long step) { return new Slice(start, stop, step); }

    static Fancy fancy(NdArray array) { return new Fancy(array); }

    /** A Python integer: selects one position and drops the axis. */
    record At(long index) implements Index {
    }

    /** A Python slice; null fields are omitted parts ({@code ::2} has start and stop null). */
    record Slice(Long start, Long stop, Long step) implements Index {
        /** Python's {@code slice.indices(length)} adjusted to (start, step, count). */
        public long[] resolve(long length) {
            long st = step == null ? 1 : step;
            if (st == 0) {
                throw NumpyException.valueError("slice step cannot be zero");
            }
            long lower = st < 0 ? -1 : 0;
            long upper = st < 0 ? length - 1 : length;
            long b = start == null ? (st < 0 ? upper : lower) : clamp(start, length, lower, upper);
            long e = stop == null ? (st < 0 ? lower : upper) : clamp(stop, length, lower, upper);
            long n;
            if (st < 0) {
                n = e < b ? (b - e - 1) / (-st) + 1 : 0;
            } else {
                n = b < e ? (e - b - 1) / st + 1 : 0;
            }
            return new long[] {b, st, n};
        }

        private static long clamp(long v, long length, long lower, long upper) {
            if (v < 0) {
                v += length;
                return v < lower ? lower : v;
            }
            return v > upper ? upper : v;
        }
    }

    /** {@code ...}: as many full slices as the other entries leave axes. */
    record Ellipsis() implements Index {
    }

    /** {@code None}: a new axis of length 1 (stride 0). */
    record NewAxis() implements Index {
    }

    /** An integer or boolean array index (advanced indexing); always copies. */
    record Fancy(NdArray array) implements Index {
        public boolean isBool() {
            return array.dtype() instanceof DType.Bool;
        }
    }
}
