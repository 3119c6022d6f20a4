package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The behaviours the snippet interpreter leans on, one NumPy fact per test (each checked against NumPy 2.4). */
class UfuncsTest {

    private static NdArray arange(DType t, long n, long... shape) {
        NdArray a = NdArray.allocate(t, new long[] {n}, 'C', ViewOrigin.fresh("np.arange"));
        for (long i = 0; i < n; i++) {
            Elements.write(t, a.buffer(), i * t.itemsize(), Scalar.ofInt(DType.INT64, i));
        }
        return shape.length == 0 ? a : a.view(0, shape, dev.ndgrade.ndarray.Strides.fresh(shape, t.itemsize(), 'C'), t,
                ViewOrigin.view("reshape", ""));
    }

    private static long[] longs(NdArray a) {
        return java.util.Arrays.stream(a.offsetsInCOrder()).map(o -> a.elementAt(o).asLong()).toArray();
    }

    private static NumpyException numpyError(Runnable r) {
        return assertThrows(NumpyException.class, r::run);
    }

    @Test
    void uint8_array_plus_python_int_300_is_an_overflow_error() {
        NumpyException e = numpyError(() -> Ufuncs.call(UfuncKind.ADD, Operand.of(arange(DType.UINT8, 3)), Operand.pyInt(300)));
        assertEquals("OverflowError", e.pyType());
        assertEquals("Python integer 300 out of bounds for uint8", e.getMessage());
    }

    @Test
    void uint8_array_compared_with_300_is_answered_not_refused() {
        NdArray r = (NdArray) Ufuncs.call(UfuncKind.LESS, Operand.of(arange(DType.UINT8, 3)), Operand.pyInt(300));
        assertEquals(DType.BOOL, r.dtype());
        assertArrayEquals(new long[] {1, 1, 1}, longs(r));
    }

    @Test
    void python_int_keeps_the_arrays_small_integer_type_and_wraps() {
        NdArray r = (NdArray) Ufuncs.call(UfuncKind.ADD, Operand.of(arange(DType.INT8, 3)), Operand.pyInt(127));
        assertEquals(DType.INT8, r.dtype());
        assertArrayEquals(new long[] {127, -128, -127}, longs(r));
    }

    @Test
    void int64_with_uint64_promotes_to_float64_and_int8_with_uint8_to_int16() {
        assertEquals(DType.FLOAT64, TypePromotion.promoteTypes(DType.INT64, DType.UINT64));
        assertEquals(DType.INT16, TypePromotion.promoteTypes(DType.INT8, DType.UINT8));
        NdArray f32 = arange(DType.FLOAT32, 2);
        assertEquals(DType.FLOAT32, ((NdArray) Ufuncs.call(UfuncKind.ADD, Operand.of(f32), Operand.pyFloat(1.5))).dtype());
        assertEquals(DType.FLOAT64, ((NdArray) Ufuncs.call(UfuncKind.ADD, Operand.of(f32), Operand.of(arange(DType.INT64, 2)))).dtype());
    }

    @Test
    void true_division_of_integers_is_float64_and_floor_division_rounds_toward_minus_infinity() {
        NdArray minus7 = (NdArray) Ufuncs.call(UfuncKind.SUBTRACT, Operand.of(arange(DType.INT64, 1)), Operand.pyInt(7));
        NdArray q = (NdArray) Ufuncs.call(UfuncKind.FLOOR_DIVIDE, Operand.of(minus7), Operand.pyInt(2));
        NdArray m = (NdArray) Ufuncs.call(UfuncKind.REMAINDER, Operand.of(minus7), Operand.pyInt(2));
        assertArrayEquals(new long[] {-4}, longs(q));
        assertArrayEquals(new long[] {1}, longs(m));
        NdArray d = (NdArray) Ufuncs.call(UfuncKind.TRUE_DIVIDE, Operand.of(minus7), Operand.pyInt(2));
        assertEquals(DType.FLOAT64, d.dtype());
        assertEquals(-3.5, d.get(0).asDouble());
    }

    @Test
    void integer_division_by_zero_gives_zero_and_float_division_gives_inf() {
        NdArray ints = arange(DType.INT64, 3);
        assertArrayEquals(new long[] {0, 0, 0}, longs((NdArray) Ufuncs.call(UfuncKind.FLOOR_DIVIDE, Operand.of(ints), Operand.pyInt(0))));
        NdArray r = (NdArray) Ufuncs.call(UfuncKind.TRUE_DIVIDE, Operand.of(ints), Operand.pyFloat(0.0));
        assertEquals(Double.NaN, r.get(0).asDouble());
        assertEquals(Double.POSITIVE_INFINITY, r.get(1).asDouble());
    }

    @Test
    void integers_to_negative_integer_powers_are_refused() {
        NumpyException e = numpyError(() -> Ufuncs.call(UfuncKind.POWER, Operand.of(arange(DType.INT64, 3)), Operand.pyInt(-1)));
        assertEquals("ValueError", e.pyType());
        assertEquals("Integers to negative integer powers are not allowed.", e.getMessage());
    }

    @Test
    void boolean_subtract_is_refused_with_numpys_advice_but_boolean_add_is_logical_or() {
        NdArray bools = (NdArray) Ufuncs.call(UfuncKind.LESS, Operand.of(arange(DType.INT64, 2)), Operand.pyInt(1));
        NumpyException e = numpyError(() -> Ufuncs.call(UfuncKind.SUBTRACT, Operand.of(bools), Operand.of(bools)));
        assertEquals("TypeError", e.pyType());
        assertEquals("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, "
                + "or the logical_xor function instead.", e.getMessage());
        NdArray sum = (NdArray) Ufuncs.call(UfuncKind.ADD, Operand.of(bools), Operand.of(bools));
        assertEquals(DType.BOOL, sum.dtype());
    }

    @Test
    void shapes_that_do_not_broadcast_are_reported_numpys_way() {
        NumpyException e = numpyError(() -> Ufuncs.call(UfuncKind.ADD, Operand.of(arange(DType.INT64, 6, 2, 3)),
                Operand.of(arange(DType.INT64, 4))));
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,) ", e.getMessage());
    }

    @Test
    void a_transposed_operand_gives_a_result_in_its_own_layout() {
        NdArray a = arange(DType.INT64, 6, 2, 3);
        NdArray t = a.view(0, new long[] {3, 2}, new long[] {8, 24}, DType.INT64, ViewOrigin.view("T", ""));
        NdArray r = (NdArray) Ufuncs.call(UfuncKind.ADD, Operand.of(t), Operand.pyInt(1));
        assertArrayEquals(new long[] {8, 24}, r.strides());
        assertEquals(true, r.ownsData());
    }

    @Test
    void operations_on_0d_operands_only_give_numpy_scalars() {
        Object r = Ufuncs.call(UfuncKind.ADD, Operand.of(Scalar.ofInt(DType.INT64, 3)), Operand.pyInt(1));
        assertEquals(Scalar.ofInt(DType.INT64, 4), r);
        NdArray zeroD = arange(DType.INT64, 1).view(0, new long[0], new long[0], DType.INT64, ViewOrigin.view("0-d", ""));
        assertInstanceOf(Scalar.class, Ufuncs.call(UfuncKind.ADD, Operand.of(zeroD), Operand.pyInt(1)));
    }

    @Test
    void shifted_in_place_add_reads_the_inputs_as_they_were() {
        NdArray a = arange(DType.INT64, 6);
        NdArray tail = a.view(8, new long[] {5}, new long[] {8}, DType.INT64, ViewOrigin.view("a[1:]", ""));
        NdArray head = a.view(0, new long[] {5}, new long[] {8}, DType.INT64, ViewOrigin.view("a[:-1]", ""));
        assertSame(tail, Ufuncs.callInto(UfuncKind.ADD, tail, Operand.of(tail), Operand.of(head)));
        assertArrayEquals(new long[] {0, 1, 3, 5, 7, 9}, longs(a));
    }

    @Test
    void adding_a_transpose_in_place_works_as_if_copied_first() {
        NdArray a = arange(DType.INT64, 9, 3, 3);
        NdArray t = a.view(0, new long[] {3, 3}, new long[] {8, 24}, DType.INT64, ViewOrigin.view("a.T", ""));
        Ufuncs.callInto(UfuncKind.ADD, a, Operand.of(a), Operand.of(t));
        assertArrayEquals(new long[] {0, 4, 8, 4, 8, 12, 8, 12, 16}, longs(a));
    }

    @Test
    void writing_a_float_result_into_an_int_array_is_a_same_kind_casting_error() {
        NdArray a = arange(DType.INT64, 5);
        NumpyException e = numpyError(() -> Ufuncs.callInto(UfuncKind.ADD, a, Operand.of(a), Operand.pyFloat(1.5)));
        assertEquals("UFuncTypeError", e.pyType());
        assertEquals("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                e.getMessage());
    }

    @Test
    void a_read_only_output_is_refused_before_anything_is_computed() {
        NdArray a = arange(DType.INT64, 3);
        a.setWriteable(false);
        NumpyException e = numpyError(() -> Ufuncs.callInto(UfuncKind.ADD, a, Operand.of(a), Operand.pyInt(1)));
        assertEquals("output array is read-only", e.getMessage());
        assertArrayEquals(new long[] {0, 1, 2}, longs(a));
    }

    @Test
    void full_reductions_give_scalars_with_numpys_accumulator_types() {
        assertEquals(Scalar.ofInt(DType.INT64, 15), Ufuncs.reduce(Reduction.SUM, arange(DType.INT8, 6), null));
        assertEquals(Scalar.ofInt(DType.UINT64, 15), Ufuncs.reduce(Reduction.SUM, arange(DType.UINT8, 6), null));
        assertEquals(DType.FLOAT32, ((Scalar) Ufuncs.reduce(Reduction.SUM, arange(DType.FLOAT32, 6), null)).dtype());
        assertEquals(Scalar.ofFloat(DType.FLOAT64, 2.5), Ufuncs.reduce(Reduction.MEAN, arange(DType.INT64, 6), null));
        NdArray rows = (NdArray) Ufuncs.reduce(Reduction.SUM, arange(DType.INT64, 6, 2, 3), 1);
        assertArrayEquals(new long[] {3, 12}, longs(rows));
    }

    @Test
    void an_axis_beyond_the_arrays_dimensions_is_an_axis_error() {
        NumpyException e = numpyError(() -> Ufuncs.reduce(Reduction.SUM, arange(DType.INT64, 6, 2, 3), 2));
        assertEquals("AxisError", e.pyType());
        assertEquals("axis 2 is out of bounds for array of dimension 2", e.getMessage());
    }
}
