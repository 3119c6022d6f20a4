package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.Scalar;

/**
 * {@code repr} and {@code str} of NumPy scalars (NEP 51 style since NumPy 2.0): {@code np.int64(3)},
 * {@code np.float32(0.1)}, {@code np.True_}, {@code np.complex128(1+2j)}; {@code str} is the bare value.
 */
public final class ScalarPrinter {
    private ScalarPrinter() {
    }

    public static String repr(Scalar s) {
        if (s instanceof Scalar.BoolValue b) {
            return b.value() ? "np.True_" : "np.False_";
        } else if (s instanceof Scalar.ComplexValue c) {
            return "np." + c.type().name() + "(" + FloatScalarText.complex(c.re(), c.im(), isSingle(c), false) + ")";
        }
        return "np." + s.dtype().name() + "(" + str(s) + ")";
    }

    public static String str(Scalar s) {
        if (s instanceof Scalar.BoolValue b) {
            return b.value() ? "True" : "False";
        } else if (s instanceof Scalar.IntValue i) {
            return i.decimal();
        } else if (s instanceof Scalar.FloatValue f) {
            return FloatScalarText.of(f.value(), f.type().itemsize() == 4);
        } else if (s instanceof Scalar.ComplexValue c) {
            return FloatScalarText.complex(c.re(), c.im(), isSingle(c), true);
        }
        throw new IllegalArgumentException("unknown scalar " + s);
    }

    private static boolean isSingle(Scalar.ComplexValue c) {
        return c.type().part().itemsize() == 4;
    }
}
