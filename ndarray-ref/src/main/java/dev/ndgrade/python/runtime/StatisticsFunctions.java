package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ufunc.UfuncKind;
import dev.ndgrade.ndarray.ufunc.Ufuncs;

/**
 * {@code count_nonzero}, {@code bincount} and {@code ptp} (functions only in NumPy 2), composed of NumPy's own steps; {@code var} and
 * {@code std} as NumPy functions and ndarray methods:
 * {@code (a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where, mean, correction)}, the work in
 * {@link Ufuncs#variance}. {@code out=}, {@code where=}, {@code mean=} and {@code correction=} are not supported.
 */
final class StatisticsFunctions {
    private static final String[] PARAMETERS = {"axis", "dtype", "out", "ddof", "keepdims", "where", "mean", "correction"};

    private StatisticsFunctions() {
    }

    static void register(PyModule np) {
        for (String name : new String[] {"var", "std"}) {
            NumpyModule.fn(np, name, args -> {
                String[] names = new String[PARAMETERS.length + 1];
                names[0] = "a";
                System.arraycopy(PARAMETERS, 0, names, 1, PARAMETERS.length);
                return variance(name, args.bindRequired(1, names));
            });
        }
        NumpyModule.fn(np, "count_nonzero", args -> {
            Object[] v = args.bindRequired(1, "a", "axis", "keepdims");
            return countNonzero(NumpyArgs.array(v[0]), v[1], NumpyArgs.flag(v[2], false));
        });
        NumpyModule.fn(np, "bincount", args -> {
            Object[] v = args.bindRequired(1, "x", "weights", "minlength");
            if (v[1] != null && !(v[1] instanceof PyNone)) {
                throw new UnsupportedFeature("the weights= argument of bincount");
            }
            return Ufuncs.bincount(NumpyArgs.array(v[0]), v[2] == null ? 0 : NumpyArgs.integer(v[2]));
        });
        NumpyModule.fn(np, "ptp", args -> {
            Object[] v = args.bindRequired(1, "a", "axis", "out", "keepdims");
            if (v[2] != null && !(v[2] instanceof PyNone)) {
                throw new UnsupportedFeature("the out= argument of ptp");
            }
            NdArray a = NumpyArgs.array(v[0]);
            boolean keepdims = NumpyArgs.flag(v[3], false);
            Object max = NumpyOperators.reduce("max", a, v[1], null, keepdims);
            Object min = NumpyOperators.reduce("min", a, v[1], null, keepdims);
            return Ufuncs.callFunction(UfuncKind.SUBTRACT, NumpyOperators.operand(max), NumpyOperators.operand(min));
        });
    }

    /**
     * {@code np.count_nonzero(a, axis, keepdims=…)}: an int64 NumPy scalar over the whole array, else {@code (a != 0)} summed
     * as int64 along the axes.
     */
    private static Object countNonzero(NdArray a, Object axis, boolean keepdims) {
        boolean whole = (axis == null || axis instanceof PyNone) && !keepdims;
        Object ne = NumpyOperators.notEqualZero(a);
        if (!(ne instanceof NdArray nonzero)) { // a 0-d array
            if (!whole) {
                throw new UnsupportedFeature("count_nonzero of a 0-d array along an axis");
            }
            return Scalar.ofInt(DType.INT64, ((Scalar) ne).isTrue() ? 1 : 0);
        }
        if (!whole) {
            return NumpyOperators.reduce("sum", nonzero, axis, DType.INT64, keepdims);
        }
        long n = 0;
        for (long off : nonzero.offsetsInCOrder()) {
            n += nonzero.elementAt(off).isTrue() ? 1 : 0;
        }
        return Scalar.ofInt(DType.INT64, n);
    }

    /** {@code a.var(...)}, {@code a.std(...)}; null for other names. */
    static PyCallable method(NdArray a, String name) {
        if (!name.equals("var") && !name.equals("std")) {
            return null;
        }
        return args -> variance(name, ScanFunctions.prepend(a, args.bind(PARAMETERS)));
    }

    private static Object variance(String name, Object[] v) {
        for (int i = 6; i < v.length; i++) {
            if (v[i] != null) {
                throw new UnsupportedFeature("the where=, mean= and correction= arguments of " + name);
            }
        }
        if (v[3] != null && !(v[3] instanceof PyNone)) {
            throw new UnsupportedFeature("the out= argument of " + name);
        }
        if (v[4] instanceof Double) {
            throw new UnsupportedFeature("a float ddof= of " + name);
        }
        long ddof = v[4] == null ? 0 : NumpyArgs.integer(v[4]);
        return Ufuncs.variance(NumpyArgs.array(v[0]), NumpyOperators.axes(v[1]), NumpyArgs.dtype(v[2]), ddof,
                NumpyArgs.flag(v[5], false), name.equals("std"));
    }
}
