package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;

/**
 * The hash a set stores for an element: CPython's own where it is the same in every run (numbers and tuples of
 * them), else a stand-in that only keeps equal elements together ({@code deterministic} false: str hashes are
 * salted per process, None's and NaN's are addresses), which makes the set's order unknowable.
 */
record SetHash(long value, boolean deterministic) {
    private static final long IMAG_MULTIPLIER = 1000003L;

    static SetHash of(Object k) {
        if (k instanceof Boolean || k instanceof BigInteger || k instanceof Double d && !d.isNaN()) {
            return new SetHash(Hashing.pyHash(k), true);
        }
        if (k instanceof PyComplex c && !Double.isNaN(c.re()) && !Double.isNaN(c.im())) {
            long h = Hashing.pyHash(c.re()) + IMAG_MULTIPLIER * Hashing.pyHash(c.im());
            return new SetHash(h == -1 ? -2 : h, true);
        }
        if (k instanceof Scalar s) {
            // NumPy's scalars hash as the Python number they equal; their set order is left unclaimed
            SetHash h = of(ArrayConversion.toPython(s));
            return new SetHash(h.value, false);
        }
        if (k instanceof PyTuple t) {
            boolean known = true;
            for (Object o : t.items()) {
                known &= of(o).deterministic;
            }
            return known ? new SetHash(Hashing.pyHash(t), true) : new SetHash(Hashing.key(t).hashCode(), false);
        }
        if (k instanceof PyList || k instanceof PyDict || k instanceof NdArray || k instanceof PySet s && !s.frozen()) {
            throw PyException.typeError("unhashable type: '" + Types.shortName(k) + "'");
        }
        if (k instanceof Double) {
            return new SetHash(System.identityHashCode(k), false);
        }
        return new SetHash(stable(k), false);
    }

    /** A stand-in hash equal for equal values of the kinds left (str, None, frozenset…), never -1. */
    private static long stable(Object k) {
        long h = Hashing.key(k).hashCode() * 0x9E3779B97F4A7C15L;
        return h == -1 ? -2 : h;
    }
}
