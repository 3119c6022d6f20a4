package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Unreproducible;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** Inner loops of the integer dtypes: values are read into longs, computed by {@link IntMath}, wrapped on write. */
final class IntKernels {
    private IntKernels() {
    }

    static BinaryLoop binary(UfuncKind f, DType.Int t) {
        if (f.isComparison()) {
            return comparison(f, t, t);
        }
        if (t.equals(DType.INT64)) {
            BinaryLoop hot = Int64Loops.arithmetic(f);
            if (hot != null) {
                return hot;
            }
        }
        LongBinaryOperator op = operator(f, t);
        return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                long x = Elements.readLong(t, a, ao + i * as);
                long y = Elements.readLong(t, b, bo + i * bs);
                Elements.writeLong(t, o, oo + i * os, op.applyAsLong(x, y));
            }
        };
    }

    private static LongBinaryOperator operator(UfuncKind f, DType.Int t) {
        boolean uint64 = isUint64(t);
        return switch (f) {
            case ADD -> Long::sum;
            case SUBTRACT -> (x, y) -> x - y;
            case MULTIPLY -> (x, y) -> x * y;
            case FLOOR_DIVIDE -> (x, y) -> IntMath.floorDivide(x, y, uint64);
            case REMAINDER -> (x, y) -> IntMath.remainder(x, y, uint64);
            case POWER -> (x, y) -> IntMath.power(x, y, t.signed());
            case BITWISE_AND -> (x, y) -> x & y;
            case BITWISE_OR -> (x, y) -> x | y;
            case BITWISE_XOR -> (x, y) -> x ^ y;
            default -> throw new IllegalArgumentException("no integer loop for " + f);
        };
    }

    /** A comparison; the two sides may differ in signedness (NumPy's exact int64/uint64 loops). */
    static BinaryLoop comparison(UfuncKind f, DType.Int ta, DType.Int tb) {
        if (ta.equals(DType.INT64) && tb.equals(DType.INT64)) {
            return Int64Loops.comparison(f);
        }
        boolean ua = isUint64(ta);
        boolean ub = isUint64(tb);
        Comparison c = Comparison.of(f);
        return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                int cmp = IntMath.compare(Elements.readLong(ta, a, ao + i * as), ua, Elements.readLong(tb, b, bo + i * bs), ub);
                o.putByte(oo + i * os, c.holds(cmp) ? (byte) 1 : 0);
            }
        };
    }

    static UnaryLoop unary(UfuncKind f, DType.Int t) {
        LongUnaryOperator op = switch (f) {
            case NEGATIVE -> x -> -x;
            case POSITIVE -> x -> x;
            case ABSOLUTE -> t.signed() ? x -> x < 0 ? -x : x : x -> x;
            case INVERT -> x -> ~x;
            case SQUARE -> x -> x * x;
            case FLOOR, CEIL, TRUNC, CONJUGATE -> x -> x;
            case SIGN -> t.signed() ? Long::signum : x -> x == 0 ? 0 : 1; // uint64's high values read negative
            case RECIPROCAL -> x -> reciprocal(x, t.signed());
            default -> throw new IllegalArgumentException("no integer loop for " + f);
        };
        return (a, ao, as, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                Elements.writeLong(t, o, oo + i * os, op.applyAsLong(Elements.readLong(t, a, ao + i * as)));
            }
        };
    }

    /** Integer 1 / x; NumPy divides by zero in C, whose answer (a warning and garbage) ndgrade cannot reproduce. */
    private static long reciprocal(long x, boolean signed) {
        if (x == 0) {
            throw new Unreproducible("np.reciprocal of an integer 0 (C's undefined division by zero)");
        }
        return signed ? 1 / x : Long.divideUnsigned(1, x);
    }

    /** uint64 values above 2^63 sit in a long as negative numbers; narrower types are zero-extended and need no care. */
    static boolean isUint64(DType.Int t) {
        return !t.signed() && t.itemsize() == 8;
    }
}
