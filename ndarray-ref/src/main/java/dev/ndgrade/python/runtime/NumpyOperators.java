package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.python.syntax.BinaryOperator;
import dev.ndgrade.python.syntax.CompareOperator;
import dev.ndgrade.python.syntax.UnaryOperator;

/** Python operators and NumPy ufunc functions on NumPy operands, through the reference's ufuncs. */
final class NumpyOperators {
    private NumpyOperators() {
    }

    private static UnsupportedFeature pending() {
        return new UnsupportedFeature("arithmetic on NumPy values");
    }

    static Object binary(BinaryOperator op, Object l, Object r) { throw pending(); }
    static Object inPlace(BinaryOperator op, NdArray a, Object r) { throw pending(); }
    static Object unary(UnaryOperator op, Object v) { throw pending(); }
    static Object compare(CompareOperator op, Object l, Object r) { throw pending(); }
    static boolean contains(NdArray a, Object item) { throw pending(); }
    static Object absolute(Object v) { throw pending(); }
    static Object reduce(String name, NdArray a, long[] axes, DType dtype, boolean keepdims) { throw pending(); }
    static Object conjugate(NdArray a) { throw pending(); }
    static Object notEqualZero(NdArray a) { throw pending(); }
    static Object where(Object c, Object x, Object y) { throw pending(); }
    static void registerUfuncs(PyModule np) { }
}
