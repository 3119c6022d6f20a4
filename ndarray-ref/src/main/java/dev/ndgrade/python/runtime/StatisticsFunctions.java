package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ufunc.UfuncKind;
import dev.ndgrade.ndarray.ufunc.Ufuncs;
import java.util.Map;

/**
 * {@code count_nonzero}, {@code bincount} and {@code ptp} (functions only in NumPy 2), composed of NumPy's own steps; {@code var} and
 * {@code std} as NumPy functions and ndarray methods:
 * {@code (a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where, mean, correction)}, the work in
 * {@link Ufuncs#variance}. {@code out=}, {@code where=}, {@code mean=} and {@code correction=} are not supported.
 */
final class StatisticsFunctions {
    /** np.var's and np.std's, which are also those of the Python helpers their ndarray methods hand over to. */
    private static final Params PARAMETERS = Params.of(1, "a", "axis", "dtype", "out", "ddof", "keepdims").positional(6)
            .refusing("out", "where", "mean", "correction");

    private StatisticsFunctions() {
    }

    static void register(PyModule np) {
        for (String name : new String[] {"var", "std"}) {
            NumpyModule.fn(np, name, PARAMETERS, v -> variance(name, NumpyArgs.array(v[0]), v[1], v[2], v[4], v[5]));
        }
        NumpyModule.fn(np, "count_nonzero", Params.of(1, "a", "axis", "keepdims").positional(2),
                v -> countNonzero(NumpyArgs.array(v[0]), v[1], NumpyArgs.flag(v[2], false)));
        NumpyModule.fn(np, "bincount", Params.of(1, "x", "weights", "minlength").refusing("weights"),
                v -> Ufuncs.bincount(NumpyArgs.array(v[0]), v[2] == null ? 0 : NumpyArgs.integer(v[2])));
        NumpyModule.fn(np, "ptp", Params.of(1, "a", "axis", "out", "keepdims").refusing("out"), v -> {
            NdArray a = NumpyArgs.array(v[0]);
            boolean keepdims = NumpyArgs.flag(v[3], false);
            Object max = NumpyOperators.reduce("max", a, v[1], null, keepdims);
            Object min = NumpyOperators.reduce("min", a, v[1], null, keepdims);
            return Ufuncs.callFunction(UfuncKind.SUBTRACT, NumpyOperators.operand(max), NumpyOperators.operand(min));
        });
    }

    /** {@code a.var(...)} and std hand over to numpy._core._methods' {@code _var} and {@code _std}. */
    static void methods(Map<String, ArrayMethods.ArrayMethod> t) {
        for (String name : new String[] {"var", "std"}) {
            ArrayMethods.helped(t, name, "_" + name + "()", PARAMETERS.whole("axis", "dtype", "out", "where", "mean", "correction"),
                    (a, v) -> variance(name, a, v[1], v[2], v[4], v[5]));
        }
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

    private static Object variance(String name, NdArray a, Object axis, Object dtype, Object ddof, Object keepdims) {
        if (ddof instanceof Double) {
            throw new UnsupportedFeature("a float ddof= of numpy." + name);
        }
        return Ufuncs.variance(a, NumpyOperators.axes(axis), NumpyArgs.dtype(dtype), ddof == null ? 0 : NumpyArgs.integer(ddof),
                NumpyArgs.flag(keepdims, false), name.equals("std"));
    }
}
