package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Assign;
import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Index;
import dev.ndgrade.ndarray.IndexArrays;
import dev.ndgrade.ndarray.Indexing;
import dev.ndgrade.ndarray.Joining;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.StrideTricks;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.Views;
import dev.ndgrade.ndarray.print.DTypePrinter;
import dev.ndgrade.ndarray.ufunc.Casting;
import dev.ndgrade.ndarray.ufunc.TypePromotion;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The {@code np.*} functions, reading Python arguments and calling the reference ndarray. */
final class NumpyFunctions {
    private NumpyFunctions() {
    }

    private static final String NO_COPY_MESSAGE = "Unable to avoid copy while creating an array as requested.\n"
            + "If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\n"
            + "For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";

    /** {@code np.array(obj, dtype=None, copy=True, order='K', ndmin=0)} and {@code np.asarray} (copy=None). */
    static Object array(Object[] v, Boolean defaultCopy) {
        DType t = NumpyArgs.dtype(v[1]);
        Boolean copy = NumpyArgs.copy(v[2], defaultCopy);
        char order = NumpyArgs.order(v[3], 'K');
        long ndmin = v[5] == null ? 0 : NumpyArgs.integer(v[5], NumpyArgs.IntKind.LONG);
        NdArray result;
        if (v[0] instanceof NdArray a) {
            boolean sameType = t == null || t.equals(a.dtype());
            boolean orderOk = order == 'K' || order == 'A' || (order == 'C' && a.cContiguous()) || (order == 'F' && a.fContiguous());
            if (!Boolean.TRUE.equals(copy) && sameType && orderOk) {
                result = a;
            } else if (Boolean.FALSE.equals(copy)) {
                throw PyException.valueError(t != null && !orderOk ? "Unable to avoid copy while creating a new array." : NO_COPY_MESSAGE);
            } else {
                char o = order == 'A' ? (a.fContiguous() && !a.cContiguous() ? 'F' : 'C') : order;
                result = Copies.copyAs(a, t == null ? a.dtype() : t, o,
                        ViewOrigin.copy("np.array", "np.array copies its input unless copy=False/None allows reuse"));
            }
        } else {
            if (Boolean.FALSE.equals(copy)) {
                throw PyException.valueError(NO_COPY_MESSAGE);
            }
            result = v[0] instanceof Scalar s ? (t == null ? ArrayConversion.zeroD(s) : Copies.copyAs(ArrayConversion.zeroD(s), t, 'C', ViewOrigin.fresh("np.array")))
                    : ArrayConversion.asArray(v[0], t);
            if (order == 'F' && result.ndim() > 1) {
                result = Copies.copy(result, 'F', ViewOrigin.fresh("np.array"));
            }
        }
        return ndmin > result.ndim() ? Reshaping.prependOnes(result, (int) ndmin, order) : result;
    }

    /** np.zeros, np.ones, np.empty (v: shape, dtype, order) and np.full (v: shape, fill_value, dtype, order). */
    static NdArray filled(Object[] v, String fn, Scalar fillValue) {
        long[] shape = NumpyArgs.dimensions(v[0]);
        char order = creationOrder(fillValue == null ? v[3] : v[2]);
        if (fillValue == null) {
            Object value = v[1];
            DType t = NumpyArgs.dtype(v[2]);
            // np.full is copyto(empty, fill_value, casting='unsafe'): arrays and Python floats/complexes are cast
            // unsafely (np.full(2, np.nan, dtype=np.int32) holds INT_MIN), only Python ints are range-checked
            if (value instanceof PyList || value instanceof PyTuple || value instanceof NdArray
                    || (t != null && (value instanceof Double || value instanceof PyComplex))) {
                NdArray fill = NumpyArgs.array(value);
                NdArray out = Creation.zeros(shape, t == null ? fill.dtype() : t, order);
                Assign.assign(out, fill);
                return out;
            }
            if (value instanceof String text && t != null && !(t instanceof DType.Bool) && !(t instanceof DType.Complex)) {
                // np.full first makes the value a 0-d str array, then casts each np.str_ with int() or float()
                value = fromNumpyString(text, t);
            }
            Scalar s = value instanceof Scalar sc ? sc : null;
            if (t == null) {
                t = s != null ? s.dtype() : ArrayConversion.discoverDType(List.of(value));
            }
            if (s == null) {
                s = ArrayConversion.pythonScalar(value, t);
            }
            return Creation.full(shape, s, t, order, fn);
        }
        DType t = NumpyArgs.dtype(v[1]);
        return Creation.full(shape, fillValue, t == null ? DType.FLOAT64 : t, order, fn);
    }

    /** The memory order of a new array: NumPy's creation functions lay out only in C or F order. */
    private static char creationOrder(Object v) {
        char order = NumpyArgs.order(v, 'C');
        if (order != 'C' && order != 'F') {
            throw PyException.valueError("only 'C' or 'F' order is permitted");
        }
        return order;
    }

    /** {@code np.dtype(dtype, align=False, copy=False, metadata=None)} for the dtypes the reference has. */
    static DType dtype(Object[] v) {
        if (v[3] != null && !(v[3] instanceof PyDict)) {
            throw PyException.typeError("dtype() argument 4 must be dict, not " + (v[3] instanceof PyNone ? "None" : Types.shortName(v[3])));
        }
        if (v[3] != null) {
            throw new UnsupportedFeature("dtype metadata");
        }
        if (v[2] != null && Truth.isTrue(v[2])) {
            throw new UnsupportedFeature("np.dtype(copy=True)");
        }
        return v[0] instanceof PyNone ? DType.FLOAT64 : NumpyArgs.dtype(v[0]);
    }

    /** np.empty's result: its values are whatever NumPy's allocator recycled, so reading them is unsupported. */
    static NdArray undefined(NdArray fresh) {
        fresh.buffer().leaveUndefined();
        return fresh;
    }

    private static Object fromNumpyString(String text, DType t) {
        String shown = "np.str_(" + Repr.quote(text) + ")";
        try {
            return t instanceof DType.Int ? Constructors.toInt(text) : Constructors.toFloat(text);
        } catch (PyException e) {
            throw PyException.valueError(t instanceof DType.Int ? "invalid literal for int() with base 10: " + shown
                    : "could not convert string to float: " + shown);
        }
    }

    /** np.zeros_like and kin (v: a, dtype, order) and np.full_like (v: a, fill_value, dtype, order). */
    static NdArray like(Object[] v, String fn, Scalar fillValue) {
        NdArray proto = NumpyArgs.array(v[0]);
        DType t = NumpyArgs.dtype(fillValue == null ? v[2] : v[1]);
        DType dt = t == null ? proto.dtype() : t;
        NdArray out = Copies.allocateLike(proto, dt, NumpyArgs.order(fillValue == null ? v[3] : v[2], 'K'), ViewOrigin.fresh(fn));
        if (fillValue == null && (v[1] instanceof PyList || v[1] instanceof PyTuple || v[1] instanceof NdArray)) {
            // copyto(res, fill_value, casting='unsafe'): the fill becomes an array of its own dtype, broadcast and cast
            Assign.assign(out, NumpyArgs.array(v[1]));
            return out;
        }
        Object value = v[1];
        if (fillValue == null && value instanceof String text) {
            if (dt instanceof DType.Bool || dt instanceof DType.Complex) {
                throw new UnsupportedFeature("string fill values for " + dt.name() + " arrays");
            }
            value = fromNumpyString(text, dt); // the fill is first a 0-d str array, as in np.full
        }
        Scalar s = fillValue != null ? fillValue : likeFill(value, dt);
        Creation.fill(out, s);
        return out;
    }

    /** full_like's copyto(casting='unsafe'): Python floats and complexes are cast as C does, Python ints checked. */
    private static Scalar likeFill(Object value, DType t) {
        if (ArrayConversion.isSequence(value) || value instanceof NdArray) {
            throw new UnsupportedFeature("np.full_like with an array as fill value");
        }
        if (value instanceof Scalar s) {
            return s;
        } else if (value instanceof Double d) {
            return Scalar.ofFloat(DType.FLOAT64, d);
        } else if (value instanceof PyComplex c) {
            return Scalar.ofComplex(DType.COMPLEX128, c.re(), c.im());
        }
        return ArrayConversion.pythonScalar(value, t);
    }

    static NdArray arange(Object[] v) {
        List<Object> nums = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (v[i] != null && !(v[i] instanceof PyNone)) {
                if (!(v[i] instanceof Scalar || Operators.isPythonNumber(v[i]))) {
                    throw new UnsupportedFeature("np.arange of " + Types.shortName(v[i]) + " values");
                }
                nums.add(v[i]);
            }
        }
        DType t = NumpyArgs.dtype(v[3]);
        boolean allInts = nums.stream().allMatch(x -> x instanceof BigInteger || x instanceof Boolean || x instanceof Scalar.IntValue);
        if (allInts) {
            long[] n = nums.stream().mapToLong(NumpyArgs::integer).toArray();
            long start = n.length == 1 ? 0 : n[0];
            long stop = n.length == 1 ? n[0] : n[1];
            long step = n.length == 3 ? n[2] : 1;
            NdArray out = Creation.arange(start, stop, step, t == null ? DType.INT64 : t);
            checkFirstTwo(out, Ints.of(start), Ints.of(BigInteger.valueOf(start).add(BigInteger.valueOf(step))));
            return out;
        }
        double[] d = new double[nums.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = PyNumbers.toDouble(nums.get(i) instanceof Scalar s ? s.asDouble() : nums.get(i));
        }
        double start = d.length == 1 ? 0 : d[0];
        double stop = d.length == 1 ? d[0] : d[1];
        double step = d.length == 3 ? d[2] : 1;
        NdArray out = Creation.arange(start, stop, step, t == null ? DType.FLOAT64 : t);
        checkFirstTwo(out, d.length == 1 ? Ints.of(0) : nums.get(0), start + step);
        return out;
    }

    /**
     * NumPy's arange stores its first two values as Python objects through the dtype's setitem (then extends them by
     * their difference), so they alone meet the strict checks: np.arange(-3, 5, dtype=np.uint8) is an OverflowError.
     */
    private static void checkFirstTwo(NdArray out, Object first, Object second) {
        if (out.dtype() instanceof DType.Int t) {
            if (out.size() > 0 && !(first instanceof Scalar)) {
                ArrayConversion.pythonScalar(first, t);
            }
            if (out.size() > 1) {
                ArrayConversion.pythonScalar(second, t);
            }
        }
    }

    static NdArray eye(Object[] v) {
        long n = NumpyArgs.integer(v[0], NumpyArgs.IntKind.INTP);
        long m = v[1] == null || v[1] instanceof PyNone ? n : NumpyArgs.integer(v[1], NumpyArgs.IntKind.INTP);
        if (v[2] != null && !(v[2] instanceof BigInteger || v[2] instanceof Boolean || v[2] instanceof Double || v[2] instanceof Scalar
                || v[2] instanceof NdArray)) {
            // np.eye compares k with 0 in Python before it reads it as an integer
            throw PyException.typeError("'>=' not supported between instances of '" + Types.shortName(v[2]) + "' and 'int'");
        }
        long k = v[2] == null ? 0 : NumpyArgs.integer(v[2]);
        DType t = NumpyArgs.dtype(v[3]);
        return Creation.eye(n, m, k, t == null ? DType.FLOAT64 : t);
    }

    static NdArray linspace(Object[] v) {
        long num = v[2] == null ? 50 : NumpyArgs.integer(v[2]);
        boolean endpoint = NumpyArgs.flag(v[3], true);
        DType t = NumpyArgs.dtype(v[5]);
        if (isComplex(v[0]) || isComplex(v[1])) {
            if (t instanceof DType.Int || t instanceof DType.Bool) {
                throw new UnsupportedFeature("np.linspace from complex bounds to an integer or bool dtype");
            }
            NdArray y = ComplexLinspace.of(v[0], v[1], num, endpoint);
            return t == null || t.equals(DType.COMPLEX128) ? y : Copies.copyAs(y, t, 'C', ViewOrigin.fresh("np.linspace"));
        }
        NdArray y = Creation.linspace(number(v[0]), number(v[1]), num, endpoint);
        return t == null || t.equals(DType.FLOAT64) ? y : Copies.copyAs(y, t, 'C', ViewOrigin.fresh("np.linspace"));
    }

    private static boolean isComplex(Object v) {
        return v instanceof PyComplex || v instanceof Scalar s && s.dtype() instanceof DType.Complex;
    }

    private static double number(Object v) {
        if (v instanceof Scalar s) {
            return s.asDouble();
        }
        if (!Operators.isPythonNumber(v)) {
            throw new UnsupportedFeature("np.linspace bounds other than numbers (" + Types.shortName(v) + ")");
        }
        return PyNumbers.toDouble(v);
    }

    static NdArray ascontiguous(Object[] v, char order) {
        NdArray a = NumpyArgs.array(v[0]);
        DType t = NumpyArgs.dtype(v[1]);
        if (a.ndim() == 0) {
            a = Reshaping.reshape(a, new long[] {1});
        }
        boolean ok = order == 'C' ? a.cContiguous() : a.fContiguous();
        if (ok && (t == null || t.equals(a.dtype()))) {
            return a;
        }
        return Copies.copyAs(a, t == null ? a.dtype() : t, order, ViewOrigin.copy(order == 'C' ? "np.ascontiguousarray" : "np.asfortranarray",
                "the array was not laid out " + (order == 'C' ? "row by row (C order)" : "column by column (Fortran order)") + ", so it was copied"));
    }

    static Object take(NdArray a, Object indices, Object axis) {
        // PyArray_CheckAxis: no axis means the flattened array, and a 0-d array is taken as 1-d
        boolean flat = axis == null || axis instanceof PyNone;
        NdArray src = flat || a.ndim() == 0 ? Reshaping.ravel(a, 'C') : a;
        int ax = flat ? 0 : Axes.normalize(NumpyArgs.integer(axis, NumpyArgs.IntKind.AXIS), src.ndim(), null);
        List<Index> idx = new ArrayList<>();
        for (int i = 0; i < ax; i++) {
            idx.add(Index.slice(null, null, null));
        }
        Object ind = indices;
        if (Subscripts.asIndex(ind) != null) {
            idx.add(Index.at(Subscripts.asIndex(ind)));
            Object r = Indexing.get(src, idx);
            return r;
        }
        NdArray positions = NumpyArgs.array(ind);
        if (!(positions.dtype() instanceof DType.Int)) {
            // take converts its indices to intp unsafely: [] is an empty int array, 1.5 is 1, True is 1
            positions = Copies.copyAs(positions, DType.INT64, 'C', ViewOrigin.copy("np.take", "indices converted to intp"));
        }
        long outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= src.dim(i);
        }
        long inner = 1;
        for (int i = ax + 1; i < src.ndim(); i++) {
            inner *= src.dim(i);
        }
        if (src.dim(ax) == 0 && outer * positions.size() * inner > 0) {
            // NumPy asks whether the result would be non-empty
            throw PyException.indexError("cannot do a non-empty take from an empty axes.");
        }
        if (outer == 0) {
            // NumPy bounds-checks each index inside its loop over the axes before `axis`: with none, nothing is checked
            positions = NdArray.allocate(DType.INT64, positions.shape(), 'C', ViewOrigin.fresh("np.take indices"));
        }
        idx.add(Index.fancy(positions));
        NdArray r = (NdArray) Indexing.get(src, idx);
        return r.ownsData() ? r : Copies.copy(r, 'C', ViewOrigin.copy("np.take", "take always copies"));
    }

    static Object nonzero(NdArray a) {
        if (a.ndim() == 0) {
            throw PyException.valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.");
        }
        List<Object> out = new ArrayList<>(IndexArrays.nonzero(truth(a)));
        return PyTuple.of(out);
    }

    /** Which elements of {@code a} are true (nonzero), as a boolean array. */
    static NdArray truth(NdArray a) {
        return a.dtype() instanceof DType.Bool ? a : NumpyArgs.array(NumpyOperators.notEqualZero(a)); // 0-d: a scalar
    }

    static List<NdArray> arrays(Object seq) {
        List<NdArray> out = new ArrayList<>();
        for (Object o : Iteration.iterate(seq)) {
            out.add(NumpyArgs.array(o));
        }
        return out;
    }

    static DType commonType(List<NdArray> arrays) {
        DType t = null;
        for (NdArray a : arrays) {
            t = t == null ? a.dtype() : TypePromotion.promoteTypes(t, a.dtype());
        }
        return t;
    }

    static Object concatenate(Object[] v) {
        List<NdArray> arrays = arrays(v[0]);
        Long axis = v[1] == null ? Long.valueOf(0) : (v[1] instanceof PyNone ? null : NumpyArgs.integer(v[1], NumpyArgs.IntKind.AXIS));
        return Joining.concatenate(arrays, axis, joinedType(arrays, v[3], v[4]));
    }

    static Object stack(Object[] v) {
        List<NdArray> arrays = arrays(v[0]);
        long axis = v[1] == null ? 0 : NumpyArgs.integer(v[1], NumpyArgs.IntKind.LONG);
        return Joining.stack(arrays, axis, joinedType(arrays, v[3], v[4]));
    }

    /** The dtype of a join: the one asked for, which every array must reach by same_kind casting, else the common one. */
    private static DType joinedType(List<NdArray> arrays, Object dtype, Object casting) {
        NumpyArgs.onlyValue("casting", casting, "same_kind");
        DType t = NumpyArgs.dtype(dtype);
        if (t == null) {
            return commonType(arrays);
        }
        for (NdArray a : arrays) {
            if (!TypePromotion.canCast(a.dtype(), t, Casting.SAME_KIND)) {
                throw PyException.typeError("Cannot cast array data from " + DTypePrinter.repr(a.dtype()) + " to "
                        + DTypePrinter.repr(t) + " according to the rule 'same_kind'");
            }
        }
        return t;
    }

    static Object split(Object[] v, boolean strict) {
        NdArray a = NumpyArgs.array(v[0]);
        long axis = v[2] == null ? 0 : NumpyArgs.integer(v[2]);
        if (axis >= a.ndim() || axis < -a.ndim()) {
            // split and array_split read ary.shape[axis] in Python before anything else
            throw PyException.indexError("tuple index out of range");
        }
        return splitArray(v[0], a, v[1], axis, strict);
    }

    /**
     * The pieces of {@code ary} (converted: {@code a}) along {@code axis}: at the given positions, or in a number
     * of sections. np.split into sections reads {@code ary.shape} in Python, which a list does not have.
     */
    static PyList splitArray(Object ary, NdArray a, Object sections, long axis, boolean strict) {
        List<NdArray> parts;
        if (sections instanceof PyList || sections instanceof PyTuple || sections instanceof NdArray i && i.ndim() > 0) {
            parts = Joining.splitAt(a, NumpyArgs.shape(sections), axis);
        } else {
            if (strict && !(ary instanceof NdArray)) {
                throw PyException.attributeError(Types.shortName(ary), "shape");
            }
            long n = sections(sections, strict ? a.dim(Axes.normalize(axis, a.ndim(), null)) : -1);
            parts = strict ? Joining.split(a, n, axis) : Joining.arraySplit(a, n, axis);
        }
        return new PyList(new ArrayList<>(parts));
    }

    static Object asStrided(Object[] v) {
        NdArray a = NumpyArgs.array(v[0]);
        return StrideTricks.asStrided(a, v[1] == null || v[1] instanceof PyNone ? null : NumpyArgs.shape(v[1]),
                v[2] == null || v[2] instanceof PyNone ? null : NumpyArgs.shape(v[2]), NumpyArgs.flag(v[4], true));
    }

    /**
     * The number of sections of np.split ({@code length} the split axis' length, checked for an equal division)
     * or np.array_split ({@code length} -1): NumPy's Python code takes any number and truncates it with int().
     */
    private static long sections(Object v, long length) {
        if (v instanceof Double || v instanceof Scalar.FloatValue) {
            double d = v instanceof Double x ? x : ((Scalar) v).asDouble();
            if (!Double.isFinite(d) || d == 0) {
                throw new UnsupportedFeature("splitting into " + Repr.repr(v) + " sections");
            }
            if (length >= 0 && length % d != 0) {
                throw PyException.valueError("array split does not result in an equal division");
            }
            return (long) d;
        }
        if (v instanceof NdArray z && z.ndim() == 0) {
            return sections(ArrayConversion.toPython(z.item()), length);
        }
        if (!(v instanceof BigInteger || v instanceof Boolean || v instanceof Scalar)) {
            throw new UnsupportedFeature("splitting into " + Repr.repr(v) + " sections");
        }
        return v instanceof Scalar.BoolValue b ? (b.value() ? 1 : 0) : NumpyArgs.integer(v);
    }

    /** v: x, window_shape, axis, subok, writeable. */
    static Object slidingWindowView(Object[] v) {
        NdArray a = NumpyArgs.array(v[0]);
        List<Object> window = v[1] instanceof PyTuple || v[1] instanceof PyList ? Iteration.iterate(v[1]) : List.of(v[1]);
        if (!window.stream().allMatch(w -> w instanceof BigInteger || w instanceof Scalar.IntValue)) {
            // NumPy compares the window with 0 as an array first, each odd value failing its own way
            throw new UnsupportedFeature("a window shape of other than integers");
        }
        return StrideTricks.slidingWindowView(a, NumpyArgs.shape(v[1]), NumpyArgs.axes(v[2]), NumpyArgs.flag(v[4], false));
    }

    /** np.diagonal and ndarray.diagonal: offset 0 and axes 0 and 1 unless given. */
    static Object diagonal(NdArray a, Object offset, Object axis1, Object axis2) {
        return Views.diagonal(a, offset == null ? 0 : NumpyArgs.integer(offset),
                axis1 == null ? 0 : NumpyArgs.integer(axis1), axis2 == null ? 1 : NumpyArgs.integer(axis2));
    }
}
