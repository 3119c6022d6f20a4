package dev.ndgrade.ndarray.sorting;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Unreproducible;

import java.util.Comparator;

/**
 * NumPy's sort order of one dtype: booleans False first, integers by value (uint64 unsigned), floats ascending with
 * nan last and -0.0 equal to 0.0. Complex numbers are not sorted by the reference.
 */
final class ElementOrder {
    private ElementOrder() {
    }

    static Comparator<Scalar> of(DType t) {
        if (t instanceof DType.Float) {
            return (x, y) -> compareFloats(x.asDouble(), y.asDouble());
        }
        if (t instanceof DType.Int i && !i.signed()) {
            return (x, y) -> Long.compareUnsigned(x.asLong(), y.asLong());
        }
        if (t instanceof DType.Complex) {
            throw new Unreproducible("sorting complex numbers");
        }
        return (x, y) -> Long.compare(x.asLong(), y.asLong());
    }

    private static int compareFloats(double x, double y) {
        boolean xn = Double.isNaN(x);
        boolean yn = Double.isNaN(y);
        if (xn || yn) {
            return Boolean.compare(xn, yn);
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** Whether two equal elements print differently (0.0 and -0.0), so their order after an unstable sort shows. */
    static boolean tieShows(Scalar x, Scalar y) {
        return x.dtype() instanceof DType.Float && x.asDouble() == 0 && y.asDouble() == 0
                && Double.doubleToRawLongBits(x.asDouble()) != Double.doubleToRawLongBits(y.asDouble());
    }
}
