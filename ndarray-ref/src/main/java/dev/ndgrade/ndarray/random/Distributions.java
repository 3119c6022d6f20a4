package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.error.NumpyException;

/** The parameter checks NumPy's continuous distributions make before drawing (_common.pyx, check_constraint). */
final class Distributions {
    private Distributions() {
    }

    /** CONS_NON_NEGATIVE: the sign bit decides, so -0.0 is refused and NaN passes. */
    static void requireNonNegative(double value, String name) {
        if (!Double.isNaN(value) && (Double.doubleToRawLongBits(value) < 0)) {
            throw NumpyException.valueError(name + " < 0");
        }
    }

    /** The Generator's uniform: a finite, non-negative {@code high - low}. */
    static double uniformRange(double low, double high) {
        double range = finiteRange(low, high, "high - low range exceeds valid bounds");
        requireNonNegative(range, "high - low");
        return range;
    }

    /** The legacy uniform: any finite {@code high - low}, negative too. */
    static double legacyUniformRange(double low, double high) {
        return finiteRange(low, high, "Range exceeds valid bounds");
    }

    private static double finiteRange(double low, double high, String message) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new NumpyException("OverflowError", message);
        }
        return range;
    }
}
