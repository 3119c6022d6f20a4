package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ufunc.Casting;
import java.math.BigInteger;
import java.util.List;
import java.util.function.ToLongFunction;

/** Reading NumPy-style arguments from Python values: shapes, axes, dtypes, orders, copy flags. */
final class NumpyArgs {
    private NumpyArgs() {
    }

    /**
     * NumPy's ways of reading an integer argument: they take the same integers but refuse bools and floats
     * differently, each with its own message.
     */
    enum IntKind {
        /** {@code operator.index}: Python's bool is an int, NumPy's is not (np.swapaxes, np.eye's k, linspace's num). */
        INDEX,
        /** PyArray_PyIntAsIntp: no bool of either kind (reductions' axis, shape entries, item, np.eye's N and M). */
        INTP,
        /** PyArray_AxisConverter: as INTP, "for the axis" (np.take, np.squeeze, np.concatenate). */
        AXIS,
        /** PyArray_PythonPyIntFromInt: floats are "integer argument expected" (ndmin, keepdims, expand_dims, stack). */
        LONG
    }

    /** An integer argument read as {@code operator.index} does. */
    static long integer(Object v) {
        return integer(v, IntKind.INDEX);
    }

    /** An integer argument read the {@code kind} way, with that way's error for anything else. */
    static long integer(Object v, IntKind kind) {
        boolean bool = v instanceof Boolean || v instanceof Scalar.BoolValue;
        if (bool && (kind == IntKind.INTP || kind == IntKind.AXIS)) {
            throw PyException.typeError("an integer is required" + (kind == IntKind.AXIS ? " for the axis" : ""));
        }
        if (kind == IntKind.LONG && (v instanceof Double || v instanceof Scalar.FloatValue)) {
            throw PyException.typeError("integer argument expected, got float");
        }
        if (v instanceof BigInteger b && b.bitLength() > 63) {
            // NumPy's converters overflow with messages of their own (C long, C ssize_t, maximum dimension)
            throw new UnsupportedFeature("an integer argument beyond 64 bits");
        }
        if (v instanceof BigInteger || v instanceof Boolean || v instanceof Scalar.IntValue) {
            return Subscripts.asIndex(v);
        }
        if (v instanceof NdArray a && a.ndim() == 0) {
            if (!(a.dtype() instanceof DType.Int)) {
                throw PyException.typeError("only integer scalar arrays can be converted to a scalar index");
            }
            return ((Scalar.IntValue) a.item()).value();
        }
        throw PyException.typeError("'" + Types.shortName(v) + "' object cannot be interpreted as an integer");
    }

    /** A shape: one int or a sequence of ints, each read as PyArray_PyIntAsIntp does (also axes, strides). */
    static long[] shape(Object v) {
        return ints(v, x -> integer(x, IntKind.INTP));
    }

    /**
     * A shape spread over arguments and handed on as one tuple ({@code np.random.rand(2, 3)}): even a single
     * entry is read as an entry of a sequence.
     */
    static long[] spreadDimensions(List<Object> positional) {
        return ints(PyTuple.of(positional), NumpyArgs::dimension);
    }

    private static long[] ints(Object v, ToLongFunction<Object> each) {
        if (v instanceof PyTuple || v instanceof PyList) {
            List<Object> items = Iteration.iterate(v);
            long[] out = new long[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = each.applyAsLong(items.get(i));
            }
            return out;
        }
        if (v instanceof NdArray a && a.ndim() > 0) {
            return ints(ArrayConversion.toList(a), each);
        }
        return new long[] {each.applyAsLong(v)};
    }

    /** One length of an array to make: NumPy's PyArray_IntpConverter refuses one that does not fit an intp. */
    private static long dimension(Object v) {
        if (v instanceof BigInteger i && i.bitLength() > 63) {
            throw PyException.valueError("Maximum allowed dimension exceeded");
        }
        return integer(v, IntKind.INTP);
    }

    /**
     * A shape argument of PyArray_IntpConverter (np.zeros, reshape, {@code a.shape = }): one value that is no
     * integer is "expected a sequence of integers or a single integer".
     */
    static long[] dimensions(Object v) {
        if (v instanceof PyNone) {
            throw PyException.typeError("Use () not None as shape arguments");
        }
        boolean single = !(v instanceof PyTuple || v instanceof PyList || v instanceof String || v instanceof NdArray a && a.ndim() > 0);
        if (single && (v instanceof Boolean || v instanceof Scalar.BoolValue || v instanceof Double || v instanceof Scalar.FloatValue
                || v instanceof Scalar.ComplexValue || v instanceof PyComplex || v instanceof NdArray z && !(z.dtype() instanceof DType.Int))) {
            throw PyException.typeError("expected a sequence of integers or a single integer, got '" + Repr.repr(v) + "'");
        }
        return ints(v, NumpyArgs::dimension);
    }

    /**
     * A shape NumPy's Python code first compares with 0 ({@code shape < 0}, np.broadcast_to): a value that is
     * no number fails that comparison before it is read as an integer.
     */
    static long[] comparedShape(Object v) {
        List<Object> items = v instanceof PyTuple || v instanceof PyList ? Iteration.iterate(v) : List.of(v);
        for (Object item : items) {
            if (!(item instanceof BigInteger || item instanceof Boolean || item instanceof Double || item instanceof Scalar
                    || item instanceof NdArray)) {
                throw PyException.typeError("'<' not supported between instances of '" + Types.shortName(item) + "' and 'int'");
            }
        }
        return ints(v, NumpyArgs::dimension);
    }

    /** One integer or a tuple or list of them, each read the {@code kind} way (np.expand_dims' axis). */
    static long[] integers(Object v, IntKind kind) {
        List<Object> items = v instanceof PyTuple || v instanceof PyList ? Iteration.iterate(v) : List.of(v);
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = integer(items.get(i), kind);
        }
        return out;
    }

    /**
     * An axis argument as NumPy's Python code reads it with normalize_axis_tuple (np.moveaxis): one
     * {@code operator.index} value, or else an iterable of them.
     */
    static long[] axisTuple(Object v) {
        boolean index = v instanceof BigInteger || v instanceof Boolean || v instanceof Scalar.IntValue
                || v instanceof NdArray a && a.ndim() == 0 && a.dtype() instanceof DType.Int;
        if (index) {
            return new long[] {integer(v)};
        }
        if (v instanceof NdArray a && a.ndim() == 0) {
            throw PyException.typeError("iteration over a 0-d array");
        }
        if (v instanceof String s) {
            return s.isEmpty() ? new long[0] : new long[] {integer(String.valueOf(s.charAt(0)))};
        }
        if (!(v instanceof PyTuple || v instanceof PyList || v instanceof NdArray)) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object is not iterable");
        }
        return integers(v instanceof NdArray a ? ArrayConversion.toList(a) : v, IntKind.INDEX);
    }

    /** A shape given either as one argument or spread over several ({@code reshape(2, 3)}). */
    static long[] dimensionsFromArgs(List<Object> positional) {
        if (positional.size() == 1 && positional.get(0) instanceof PyNone) {
            // reshape(None) hands back the array itself, unlike every other None shape
            throw new UnsupportedFeature("reshape(None)");
        }
        return positional.size() == 1 ? dimensions(positional.get(0)) : ints(PyTuple.of(positional), NumpyArgs::dimension);
    }

    /**
     * squeeze's axis argument for {@code a}: PyArray_ConvertMultiAxis lets a single axis 0 or -1 slip through for a
     * 0-d array (it then selects nothing).
     */
    static long[] squeezeAxes(NdArray a, Object v) {
        if (v == null || v instanceof PyNone || v instanceof PyTuple) {
            return axes(v);
        }
        long single = integer(v, IntKind.AXIS);
        return a.ndim() == 0 && (single == 0 || single == -1) ? new long[0] : new long[] {single};
    }

    /** Axes: null for None, else one int or a tuple of ints. */
    static long[] axes(Object v) {
        if (v == null || v instanceof PyNone) {
            return null;
        }
        return shape(v);
    }

    /** A dtype argument: a dtype, a scalar type ({@code np.int32}), a Python type ({@code int}), or a name. */
    static DType dtype(Object v) {
        if (v == null || v instanceof PyNone) {
            return null;
        }
        if (v instanceof DType t) {
            return t;
        }
        if (v instanceof Scalar s) {
            return s.dtype(); // NumPy takes the dtype of any object that has one, arrays excepted
        }
        if (v instanceof PyType t) {
            DType d = Types.dtypeOfScalarType(t);
            if (d != null) {
                return d;
            }
            if (t == Types.INT) {
                return DType.INT64;
            } else if (t == Types.FLOAT) {
                return DType.FLOAT64;
            } else if (t == Types.BOOL) {
                return DType.BOOL;
            } else if (t == Types.COMPLEX) {
                return DType.COMPLEX128;
            }
            throw new UnsupportedFeature("dtype " + t.qualifiedName());
        }
        if (v instanceof String s) {
            return DTypeNames.parse(s);
        }
        throw DTypeSpecs.refusal(v);
    }

    /** What {@code np.dtype(v)} makes of v ({@code None} is float64), or null where NumPy would raise. */
    static DType dtypeOrNull(Object v) {
        if (v instanceof PyNone) {
            return DType.FLOAT64;
        }
        if (!(v instanceof DType || v instanceof PyType || v instanceof String)) {
            return null;
        }
        try {
            return dtype(v);
        } catch (PyException | UnsupportedFeature notADtype) {
            return null;
        }
    }

    /** An order argument: 'C', 'F', 'A' or 'K' (None means the default). */
    static char order(Object v, char dflt) {
        if (v == null || v instanceof PyNone) {
            return dflt;
        }
        if (!(v instanceof String s)) {
            throw PyException.typeError("order must be str, not " + Types.shortName(v));
        }
        if (s.length() == 1 && "CFAKcfak".contains(s)) {
            return Character.toUpperCase(s.charAt(0));
        }
        throw PyException.valueError("order must be one of 'C', 'F', 'A', or 'K' (got " + Repr.repr(v) + ")");
    }

    /** NumPy's casting argument: one of its rule names, exactly spelled (absent: {@code dflt}). */
    static Casting casting(Object v, Casting dflt) {
        return casting(v, dflt, true);
    }

    /** A casting argument where {@code sameValue} says whether the converter knows NumPy 2.4's 'same_value' (copyto's does not). */
    static Casting casting(Object v, Casting dflt, boolean sameValue) {
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof String s)) {
            throw PyException.typeError("casting must be str, not " + Types.shortName(v));
        }
        return Casting.named(s).filter(c -> sameValue || c != Casting.SAME_VALUE).orElseThrow(() -> PyException.valueError(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe'" + (sameValue ? ", 'same_value'" : "")
                + " (got " + Repr.repr(s) + ")"));
    }

    /**
     * A string argument of which the reference implements only the value {@code only} (NumPy's default): any
     * other is refused, as {@code parameter=value}.
     */
    static void onlyValue(String parameter, Object v, String only) {
        if (v != null && !(v instanceof String s && s.equals(only))) {
            throw new UnsupportedFeature(parameter + "=" + Repr.repr(v) + " here");
        }
    }

    /** NumPy's copy argument: TRUE, FALSE or null for None. */
    static Boolean copy(Object v, Boolean dflt) {
        if (v == null) {
            return dflt;
        }
        if (v instanceof PyNone) {
            return null;
        }
        if (v instanceof String) {
            throw PyException.valueError("strings are not allowed for 'copy' keyword. Use True/False/None instead.");
        }
        return Truth.isTrue(v);
    }

    /** The keepdims of a reduction, an int to NumPy: nonzero keeps the reduced axes. */
    static boolean keepdims(Object v) {
        return v != null && integer(v, IntKind.LONG) != 0;
    }

    static boolean flag(Object v, boolean dflt) {
        return v == null ? dflt : Truth.isTrue(v);
    }

    /** A Python tuple of ints, as {@code a.shape} and {@code a.strides} return. */
    static PyTuple tuple(long[] xs) {
        Object[] items = new Object[xs.length];
        for (int i = 0; i < xs.length; i++) {
            items[i] = Ints.of(xs[i]);
        }
        return PyTuple.of(items);
    }

    /** An array from any array-like argument (np.asarray semantics). */
    static NdArray array(Object v) {
        if (v instanceof NdArray a) {
            return a;
        }
        if (v instanceof dev.ndgrade.ndarray.Scalar s) {
            return ArrayConversion.zeroD(s);
        }
        return ArrayConversion.asArray(v, null);
    }
}
