package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Unreproducible;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Inner loops of float32 and float64. Values are computed as doubles and rounded to the dtype on write; float32's
 * multi-step operations round every intermediate (see {@link FloatMath}).
 */
final class FloatKernels {
    private FloatKernels() {
    }

    static BinaryLoop binary(UfuncKind f, DType.Float t) {
        if (f.isComparison()) {
            Comparison c = Comparison.of(f);
            return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    boolean r = c.holds(Elements.readDouble(t, a, ao + i * as), Elements.readDouble(t, b, bo + i * bs));
                    o.putByte(oo + i * os, r ? (byte) 1 : 0);
                }
            };
        }
        if (f == UfuncKind.POWER) {
            return power(t);
        }
        if (t.equals(DType.FLOAT64)) {
            BinaryLoop hot = Float64Loops.arithmetic(f);
            if (hot != null) {
                return hot;
            }
        }
        DoubleBinaryOperator op = operator(f, t.itemsize() == 4);
        return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                double x = Elements.readDouble(t, a, ao + i * as);
                double y = Elements.readDouble(t, b, bo + i * bs);
                Elements.writeDouble(t, o, oo + i * os, op.applyAsDouble(x, y));
            }
        };
    }

    private static DoubleBinaryOperator operator(UfuncKind f, boolean single) {
        return switch (f) {
            case ADD -> Double::sum;
            case SUBTRACT -> (x, y) -> x - y;
            case MULTIPLY -> (x, y) -> x * y;
            case TRUE_DIVIDE -> (x, y) -> x / y;
            case FLOOR_DIVIDE -> (x, y) -> FloatMath.floorDivide(x, y, single);
            case REMAINDER -> (x, y) -> FloatMath.remainder(x, y, single);
            default -> throw new IllegalArgumentException("no float loop for " + f);
        };
    }

    /**
     * {@code power}: with a broadcast scalar exponent (stride 0) of -1, 0, 0.5, 1 or 2, NumPy's loop computes 1/x, 1,
     * sqrt(x), x or x*x instead of pow — so {@code np.power(-inf, 0.5)} is nan there, inf elsewhere.
     */
    private static BinaryLoop power(DType.Float t) {
        return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
            DoubleUnaryOperator fast = bs == 0 ? scalarExponent(Elements.readDouble(t, b, bo)) : null;
            for (long i = 0; i < n; i++) {
                double x = Elements.readDouble(t, a, ao + i * as);
                double r;
                if (fast != null) {
                    r = fast.applyAsDouble(x);
                } else {
                    double y = Elements.readDouble(t, b, bo + i * bs);
                    r = t.itemsize() == 4 ? (float) FloatMath.pow(x, y) : FloatMath.pow(x, y);
                    if (!PowerRounding.agrees(x, y, r)) {
                        throw new Unreproducible("a float power whose result is not exact (NumPy's AVX-512 loop "
                                + "calls SVML's pow, which rounds differently from C's pow)");
                    }
                }
                Elements.writeDouble(t, o, oo + i * os, r);
            }
        };
    }

    private static DoubleUnaryOperator scalarExponent(double y) {
        if (y == -1.0) {
            return x -> 1.0 / x;
        } else if (y == 0.0) {
            return x -> 1.0;
        } else if (y == 0.5) {
            return Math::sqrt;
        } else if (y == 1.0) {
            return x -> x;
        } else if (y == 2.0) {
            return x -> x * x;
        }
        return null;
    }

    static UnaryLoop unary(UfuncKind f, DType.Float t) {
        return unary(t, switch (f) {
            case NEGATIVE -> x -> -x;
            case POSITIVE -> x -> x;
            case ABSOLUTE -> FloatMath::abs;
            case FABS -> Math::abs;
            // float32 values computed in double and rounded once: square, 1/x and sqrt are exact in double or
            // round innocuously (53 >= 2 * 24 + 2), floor, ceil, trunc and rint are exact
            case SQUARE -> x -> x * x;
            case RECIPROCAL -> x -> 1 / x;
            case SQRT -> Math::sqrt;
            case FLOOR -> Math::floor;
            case CEIL -> Math::ceil;
            case TRUNC -> x -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case RINT -> Math::rint;
            case SIGN -> FloatKernels::sign;
            case CONJUGATE -> x -> x;
            default -> throw new IllegalArgumentException("no float loop for " + f);
        });
    }

    /** NumPy's sign: nan stays nan, and both zeros give 0.0. */
    private static double sign(double x) {
        if (x > 0) {
            return 1.0;
        }
        return x < 0 ? -1.0 : x == 0 ? 0.0 : x;
    }

    private static UnaryLoop unary(DType.Float t, DoubleUnaryOperator op) {
        return (a, ao, as, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                Elements.writeDouble(t, o, oo + i * os, op.applyAsDouble(Elements.readDouble(t, a, ao + i * as)));
            }
        };
    }
}
