package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Index;
import dev.ndgrade.ndarray.Indexing;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python values to NumPy and back: nested lists to arrays (with NumPy's dtype discovery), index expressions to
 * {@link Index} entries, NumPy scalars to Python numbers ({@code tolist}, {@code item}).
 */
public final class ArrayConversion {
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ArrayConversion() {
    }

    // ---- indices ------------------------------------------------------------------------------------------

    /** A Python index expression as index entries: a tuple is several entries, anything else one. */
    public static List<Index> toIndices(Object index) {
        List<Index> out = new ArrayList<>();
        if (index instanceof PyTuple t) {
            for (Object o : t.items()) {
                out.add(toIndex(o));
            }
        } else {
            out.add(toIndex(index));
        }
        return out;
    }

    private static Index toIndex(Object o) {
        if (o instanceof Boolean b) {
            return Index.fancy(zeroD(Scalar.of(b)));
        } else if (o instanceof Scalar.BoolValue b) {
            return Index.fancy(zeroD(b));
        }
        Long i = Subscripts.asIndex(o);
        if (i != null) {
            return Index.at(i);
        } else if (o instanceof PySlice s) {
            return Index.slice(Subscripts.sliceBound(s.start()), Subscripts.sliceBound(s.stop()), Subscripts.sliceBound(s.step()));
        } else if (o instanceof PyEllipsis) {
            return Index.ELLIPSIS;
        } else if (o instanceof PyNone) {
            return Index.NEW_AXIS;
        } else if (o instanceof NdArray a) {
            return Index.fancy(a);
        } else if (o instanceof PyList l) {
            if (l.items().isEmpty()) {
                return Index.fancy(NdArray.allocate(DType.INT64, new long[] {0}, 'C', ViewOrigin.fresh("index")));
            }
            return Index.fancy(asArray(l, null));
        }
        throw PyException.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
    }

    /** {@code a[index] = value}. */
    static void setItem(NdArray a, Object index, Object value) {
        a.requireWriteable(); // NumPy refuses a read-only destination before it looks at the index or the value
        List<Index> indices = toIndices(index);
        if (indices.stream().noneMatch(i -> i instanceof Index.Fancy)) {
            Indexing.resolve(a, indices); // a basic index is resolved (and its IndexErrors raised) before the value is converted
        }
        if (isSequence(value) && selectsOneElement(a, indices)) {
            // one element is written through the dtype's setitem of a Python object, never by broadcasting
            Indexing.set(a, indices, zeroD(elementFromSequence(value, a.dtype())));
            return;
        }
        NdArray v = value instanceof NdArray arr ? arr : asArrayFor(value, a.dtype());
        Indexing.set(a, indices, v);
    }

    static boolean isSequence(Object value) {
        return value instanceof PyList || value instanceof PyTuple || value instanceof PyRange
                || value instanceof NdArray v && v.ndim() > 0;
    }

    /** An integer for every axis ({@code a[1, 2]}, {@code z[()]} for a 0-d array): the index names one element. */
    private static boolean selectsOneElement(NdArray a, List<Index> indices) {
        return indices.size() == a.ndim() && indices.stream().allMatch(i -> i instanceof Index.At);
    }

    /** What NumPy's per-dtype setitem makes of a sequence given for a single element (mostly its errors). */
    static Scalar elementFromSequence(Object value, DType t) {
        if (t instanceof DType.Bool && !(value instanceof NdArray v && v.size() != 1)) {
            return Scalar.of(Truth.isTrue(value));
        } else if (t instanceof DType.Int && !(value instanceof NdArray)) {
            throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + Types.shortName(value) + "'");
        } else if (t instanceof DType.Complex) {
            throw PyException.typeError(value instanceof NdArray ? "only 0-dimensional arrays can be converted to Python scalars"
                    : "must be real number, not " + Types.shortName(value));
        }
        throw PyException.valueError("setting an array element with a sequence.");
    }

    /** A value to write into an array of dtype {@code t}: Python scalars are checked strictly, sequences cast unsafely. */
    private static NdArray asArrayFor(Object value, DType t) {
        if (value instanceof PyList || value instanceof PyTuple) {
            return asArray(value, t);
        }
        if (value instanceof Scalar s && !(s.dtype().equals(t))) {
            // NumPy packs a scalar of another dtype through its Python value: np.int64(300) into int8 overflows
            return zeroD(pythonScalar(toPython(s), t));
        }
        if (value instanceof Scalar s) {
            return zeroD(s);
        }
        return zeroD(pythonScalar(value, t));
    }

    // ---- arrays from Python values ----------------------------------------------------------------------

    /** {@code np.array(value, dtype=t)} for Python values (nested lists, tuples, numbers, NumPy scalars and arrays). */
    public static NdArray asArray(Object value, DType requested) {
        if (value instanceof NdArray a) {
            return requested == null || requested.equals(a.dtype()) ? a
                    : dev.ndgrade.ndarray.Copies.copyAs(a, requested, 'K', ViewOrigin.copy("astype", "a dtype change always copies"));
        }
        List<Long> shape = new ArrayList<>();
        discoverShape(value, shape, 0);
        List<Object> leaves = new ArrayList<>();
        flatten(value, shape, 0, leaves);
        DType t = requested != null ? requested : discoverDType(leaves);
        long[] sh = shape.stream().mapToLong(Long::longValue).toArray();
        NdArray out = NdArray.allocate(t, sh, 'C', ViewOrigin.fresh("np.array"));
        long k = 0;
        for (Object leaf : leaves) {
            if (leaf instanceof NdArray inner) {
                for (long off : inner.offsetsInCOrder()) {
                    Elements.write(t, out.buffer(), k * t.itemsize(), inner.elementAt(off));
                    k++;
                }
            } else {
                Scalar s = leaf instanceof Scalar sc ? sc : pythonScalar(leaf, t);
                Elements.write(t, out.buffer(), k * t.itemsize(), s);
                k++;
            }
        }
        return out;
    }

    private static void discoverShape(Object v, List<Long> shape, int depth) {
        if (v instanceof PyRange r) {
            shape.add(r.length());
        } else if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> items = v instanceof PyList l ? l.items() : ((PyTuple) v).items();
            shape.add((long) items.size());
            if (!items.isEmpty()) {
                List<Long> first = new ArrayList<>();
                discoverShape(items.get(0), first, depth + 1);
                for (Object item : items) {
                    List<Long> other = new ArrayList<>();
                    discoverShape(item, other, depth + 1);
                    if (!other.equals(first)) {
                        throw PyException.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                                + (depth + 1) + " dimensions. The detected shape was " + shapeText(shape) + " + inhomogeneous part.");
                    }
                }
                shape.addAll(first);
            }
        } else if (v instanceof NdArray a) {
            for (long d : a.shape()) {
                shape.add(d);
            }
        } else if (v instanceof String) {
            throw new UnsupportedFeature("string arrays");
        } else if (v instanceof PyDict) {
            throw new UnsupportedFeature("object arrays");
        }
    }

    private static String shapeText(List<Long> shape) {
        return dev.ndgrade.ndarray.layout.ShapeText.pythonTuple(shape.stream().mapToLong(Long::longValue).toArray());
    }

    private static void flatten(Object v, List<Long> shape, int depth, List<Object> out) {
        if (v instanceof PyList l) {
            for (Object o : l.items()) {
                flatten(o, shape, depth + 1, out);
            }
        } else if (v instanceof PyTuple t) {
            for (Object o : t.items()) {
                flatten(o, shape, depth + 1, out);
            }
        } else if (v instanceof PyRange r) {
            out.addAll(Iteration.iterate(r));
        } else {
            out.add(v);
        }
    }

    /** The dtype NumPy picks for these leaves: Python bool/int/float/complex map to bool/int64/float64/complex128. */
    static DType discoverDType(List<Object> leaves) {
        DType t = null;
        for (Object leaf : leaves) {
            DType d;
            if (leaf instanceof Boolean) {
                d = DType.BOOL;
            } else if (leaf instanceof BigInteger b) {
                d = b.compareTo(INT64_MAX) > 0 && b.compareTo(UINT64_MAX) <= 0 ? DType.UINT64 : DType.INT64;
                if (b.compareTo(UINT64_MAX) > 0 || b.compareTo(INT64_MIN) < 0) {
                    throw new PyException("OverflowError", "Python int too large to convert to C long");
                }
            } else if (leaf instanceof Double) {
                d = DType.FLOAT64;
            } else if (leaf instanceof PyComplex) {
                d = DType.COMPLEX128;
            } else if (leaf instanceof Scalar s) {
                d = s.dtype();
            } else if (leaf instanceof NdArray a) {
                d = a.dtype();
            } else if (leaf instanceof PyNone) {
                throw new UnsupportedFeature("object arrays (None without a float dtype)");
            } else {
                throw new UnsupportedFeature("arrays of " + Types.shortName(leaf) + " objects");
            }
            t = t == null ? d : dev.ndgrade.ndarray.ufunc.TypePromotion.promoteTypes(t, d);
        }
        return t == null ? DType.FLOAT64 : t;
    }

    /**
     * A Python number as an element of dtype {@code t}, with NumPy's strict checks for Python ints
     * ({@code OverflowError: Python integer 300 out of bounds for uint8}) and float-to-int conversion errors.
     */
    public static Scalar pythonScalar(Object v, DType t) {
        if (v instanceof Boolean b) {
            return Scalar.of(b);
        } else if (v instanceof BigInteger b) {
            if (t instanceof DType.Int it) {
                return dev.ndgrade.ndarray.ufunc.ScalarConversion.pythonIntAs(b, it);
            }
            if (t instanceof DType.Bool) {
                return Scalar.of(b.signum() != 0);
            }
            return Scalar.ofFloat(DType.FLOAT64, b.doubleValue());
        } else if (v instanceof Double d) {
            if (t instanceof DType.Int) {
                if (Double.isNaN(d)) {
                    throw PyException.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw new PyException("OverflowError", "cannot convert float infinity to integer");
                }
                // an integer dtype's setitem calls int() on a Python float, then stores that Python int
                return pythonScalar(new java.math.BigDecimal(d).toBigInteger(), t);
            }
            return Scalar.ofFloat(DType.FLOAT64, d);
        } else if (v instanceof PyComplex c) {
            if (t instanceof DType.Complex) {
                return Scalar.ofComplex(DType.COMPLEX128, c.re(), c.im());
            }
            if (t instanceof DType.Bool) {
                return Scalar.of(c.re() != 0 || c.im() != 0);
            }
            return pythonScalar(t instanceof DType.Int ? Constructors.toInt(c) : Constructors.toFloat(c), t);
        } else if (v instanceof String s) {
            // NumPy stores a str into a number array through int(s) or float(s), into a bool one by its truth
            if (t instanceof DType.Bool) {
                return Scalar.of(!s.isEmpty());
            }
            return pythonScalar(t instanceof DType.Int ? Constructors.toInt(s) : Constructors.toFloat(s), t);
        } else if (v instanceof Scalar s) {
            return s;
        } else if (v instanceof PyList || v instanceof PyTuple || v instanceof NdArray) {
            throw PyException.valueError("setting an array element with a sequence.");
        } else if (v instanceof PyNone && (t instanceof DType.Float || t instanceof DType.Complex)) {
            return Scalar.ofFloat(DType.FLOAT64, Double.NaN);
        } else if (v instanceof PyNone && t instanceof DType.Bool) {
            return Scalar.of(false);
        }
        if (t instanceof DType.Int) {
            throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + Types.shortName(v) + "'");
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '" + Types.shortName(v) + "'");
    }

    static NdArray zeroD(Scalar s) {
        NdArray a = NdArray.allocate(s.dtype(), new long[0], 'C', ViewOrigin.fresh("scalar"));
        Elements.write(s.dtype(), a.buffer(), 0, s);
        return a;
    }

    // ---- back to Python -----------------------------------------------------------------------------------

    /** A NumPy scalar as the Python number {@code item()} and {@code tolist()} give. */
    public static Object toPython(Scalar s) {
        if (s instanceof Scalar.BoolValue b) {
            return b.value();
        } else if (s instanceof Scalar.IntValue i) {
            return Ints.of(i.bigValue());
        } else if (s instanceof Scalar.FloatValue f) {
            return f.value();
        }
        Scalar.ComplexValue c = (Scalar.ComplexValue) s;
        return new PyComplex(c.re(), c.im());
    }

    /** {@code a.tolist()}: nested Python lists of Python numbers; a 0-d array gives its number. */
    public static Object toList(NdArray a) {
        if (a.ndim() == 0) {
            return toPython(a.item());
        }
        return toList(a, new long[a.ndim()], 0);
    }

    private static PyList toList(NdArray a, long[] idx, int axis) {
        List<Object> items = new ArrayList<>();
        for (long i = 0; i < a.dim(axis); i++) {
            idx[axis] = i;
            items.add(axis == a.ndim() - 1 ? toPython(a.get(idx)) : toList(a, idx, axis + 1));
        }
        return new PyList(items);
    }
}
