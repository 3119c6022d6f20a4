package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import java.util.List;

/** Reading NumPy-style arguments from Python values: shapes, axes, dtypes, orders, copy flags. */
final class NumpyArgs {
    private NumpyArgs() {
    }

    /** An integer argument ({@code __index__}), with Python's error for anything else. */
    static long integer(Object v) {
        Long i = Subscripts.asIndex(v);
        if (i == null) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    /** A shape: one int or a sequence of ints. */
    static long[] shape(Object v) {
        if (v instanceof PyTuple || v instanceof PyList) {
            List<Object> items = Iteration.iterate(v);
            long[] out = new long[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = integer(items.get(i));
            }
            return out;
        }
        if (v instanceof NdArray a) {
            return shape(ArrayConversion.toList(a));
        }
        return new long[] {integer(v)};
    }

    /** A shape given either as one argument or spread over several ({@code reshape(2, 3)}). */
    static long[] shapeFromArgs(List<Object> positional) {
        if (positional.size() == 1) {
            return shape(positional.get(0));
        }
        long[] out = new long[positional.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = integer(positional.get(i));
        }
        return out;
    }

    /** Axes: null for None, else one int or a tuple of ints. */
    /**
     * squeeze's axis argument for {@code a}: PyArray_ConvertMultiAxis lets a single axis 0 or -1 slip through for a
     * 0-d array (it then selects nothing).
     */
    static long[] squeezeAxes(dev.ndgrade.ndarray.NdArray a, Object v) {
        Long single = v instanceof PyTuple || v instanceof PyList ? null : Subscripts.asIndex(v);
        if (a.ndim() == 0 && single != null && (single == 0 || single == -1)) {
            return new long[0];
        }
        return axes(v);
    }

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
        throw PyException.typeError("Cannot interpret '" + Repr.repr(v) + "' as a data type");
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
        return Truth.isTrue(v);
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
