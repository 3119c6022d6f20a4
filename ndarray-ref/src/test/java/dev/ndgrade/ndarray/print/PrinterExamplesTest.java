package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A readable handful of NumPy 2.4's outputs (each checked against NumPy); the golden tests cover thousands more. */
class PrinterExamplesTest {

    @Test
    void python_float_repr_is_the_shortest_text_that_reads_back() {
        assertEquals("0.1", PyFloatFormat.repr(0.1));
        assertEquals("0.30000000000000004", PyFloatFormat.repr(0.1 + 0.2));
        assertEquals("1.0", PyFloatFormat.repr(1.0));
        assertEquals("1e+16", PyFloatFormat.repr(1e16));
        assertEquals("1e-05", PyFloatFormat.repr(1e-5));
        assertEquals("-0.0", PyFloatFormat.repr(-0.0));
        assertEquals("inf", PyFloatFormat.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", PyFloatFormat.repr(Double.NaN));
        assertEquals("2e+23", PyFloatFormat.repr(2e23)); // Java 17's Double.toString: 1.9999999999999998E23
        assertEquals("1e+23", PyFloatFormat.repr(1e23)); // Java 17's Double.toString: 9.999999999999999E22
        assertEquals("0.1", PyFloatFormat.reprFloat32(0.1f));
        assertEquals("1e-04", PyFloatFormat.reprFloat32(1e-4f)); // just below 1e-4 as a float32
    }

    @Test
    void python_complex_repr_drops_a_positive_zero_real_part_and_keeps_signed_zeros() {
        assertEquals("(1+2j)", PyFloatFormat.complexRepr(1, 2));
        assertEquals("2j", PyFloatFormat.complexRepr(0, 2));
        assertEquals("(-0-1j)", PyFloatFormat.complexRepr(-0.0, -1));
        assertEquals("(nan+infj)", PyFloatFormat.complexRepr(Double.NaN, Double.POSITIVE_INFINITY));
    }

    @Test
    void scalars_print_with_their_numpy_type_in_repr_and_bare_in_str() {
        assertEquals("np.int64(3)", ScalarPrinter.repr(Scalar.ofInt(DType.INT64, 3)));
        assertEquals("np.uint64(18446744073709551615)", ScalarPrinter.repr(Scalar.ofInt(DType.UINT64, -1)));
        assertEquals("np.float32(0.1)", ScalarPrinter.repr(Scalar.ofFloat(DType.FLOAT32, 0.1)));
        assertEquals("np.float64(nan)", ScalarPrinter.repr(Scalar.ofFloat(DType.FLOAT64, Double.NaN)));
        assertEquals("np.True_", ScalarPrinter.repr(Scalar.of(true)));
        assertEquals("np.complex128(1+2j)", ScalarPrinter.repr(Scalar.ofComplex(DType.COMPLEX128, 1, 2)));
        assertEquals("(1.5-2j)", ScalarPrinter.str(Scalar.ofComplex(DType.COMPLEX128, 1.5, -2)));
        assertEquals("1e+16", ScalarPrinter.str(Scalar.ofFloat(DType.FLOAT64, 1e16)));
    }

    @Test
    void arrays_print_with_numpys_columns_wrapping_and_suffixes() {
        assertEquals("array([ 1.5 ,  2.25, -3.  ])", ArrayPrinter.repr(array(DType.FLOAT64, new long[]{3}, 1.5, 2.25, -3)));
        assertEquals("[ 1.5   2.25 -3.  ]", ArrayPrinter.str(array(DType.FLOAT64, new long[]{3}, 1.5, 2.25, -3)));
        assertEquals("array([1.00000000e-05, 1.00000000e+00, 1.23456789e+02])",
                ArrayPrinter.repr(array(DType.FLOAT64, new long[]{3}, 1e-5, 1.0, 123.456789)));
        assertEquals("array([0.33333334], dtype=float32)", ArrayPrinter.repr(array(DType.FLOAT32, new long[]{1}, 1.0 / 3)));
        assertEquals("array([ nan,  inf, -inf,   1.])", ArrayPrinter.repr(array(DType.FLOAT64, new long[]{4},
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1)));
        assertEquals("array([], shape=(0, 3), dtype=float64)", ArrayPrinter.repr(array(DType.FLOAT64, new long[]{0, 3})));
        assertEquals("array(0.3)", ArrayPrinter.repr(array(DType.FLOAT64, new long[]{}, 0.1 + 0.2)));
        assertEquals("0.30000000000000004", ArrayPrinter.str(array(DType.FLOAT64, new long[]{}, 0.1 + 0.2)));
        assertEquals("array([[[ 0,  1,  2,  3],\n        [ 4,  5,  6,  7],\n        [ 8,  9, 10, 11]],\n\n"
                        + "       [[12, 13, 14, 15],\n        [16, 17, 18, 19],\n        [20, 21, 22, 23]]])",
                ArrayPrinter.repr(arange(DType.INT64, 2, 3, 4)));
        assertEquals("array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n"
                        + "       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], dtype=int32)",
                ArrayPrinter.repr(arange(DType.INT32, 30)));
        assertEquals("array([   0,    1,    2, ...,  998,  999, 1000], shape=(1001,))",
                ArrayPrinter.repr(arange(DType.INT64, 1001)));
    }

    @Test
    void flags_print_as_six_lines() {
        NdArray a = arange(DType.INT64, 2, 3);
        NdArray everyOther = a.view(a.offset(), new long[]{2, 2}, new long[]{24, 16}, DType.INT64,
                ViewOrigin.view("a[:, ::2]", ""));
        assertEquals("  C_CONTIGUOUS : False\n  F_CONTIGUOUS : False\n  OWNDATA : False\n  WRITEABLE : True\n"
                + "  ALIGNED : True\n  WRITEBACKIFCOPY : False\n", FlagsPrinter.repr(everyOther));
    }

    static NdArray array(DType type, long[] shape, double... values) {
        NdArray a = NdArray.allocate(type, shape, 'C', ViewOrigin.fresh("test data"));
        long[] offsets = a.offsetsInCOrder();
        for (int k = 0; k < offsets.length; k++) {
            Elements.writeDouble((DType.Float) type, a.buffer(), offsets[k], values[k]);
        }
        return a;
    }

    static NdArray arange(DType.Int type, long... shape) {
        NdArray a = NdArray.allocate(type, shape, 'C', ViewOrigin.fresh("np.arange"));
        long[] offsets = a.offsetsInCOrder();
        for (int k = 0; k < offsets.length; k++) {
            Elements.writeLong(type, a.buffer(), offsets[k], k);
        }
        return a;
    }
}
