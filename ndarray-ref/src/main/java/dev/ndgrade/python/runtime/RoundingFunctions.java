package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ufunc.Operand;
import dev.ndgrade.ndarray.ufunc.Ufuncs;

/**
 * {@code np.round} / {@code np.around} / {@code a.round(decimals=0, out=None)} and {@code np.clip(a, a_min, a_max)} /
 * {@code a.clip(min, max)}: the arguments as NumPy binds them, the work in {@link Ufuncs#round} and
 * {@link Ufuncs#clip}. {@code out=} and clip's keyword-only {@code min=}/{@code max=} are not supported.
 */
final class RoundingFunctions {
    private RoundingFunctions() {
    }

    static void register(PyModule np) {
        for (String name : new String[] {"round", "around"}) {
            NumpyModule.fn(np, name, args -> round(args.bindRequired(1, "a", "decimals", "out")));
        }
        NumpyModule.fn(np, "clip", args -> clip(args.bindRequired(1, "a", "a_min", "a_max", "out")));
    }

    /** {@code a.round(...)}, {@code a.clip(...)}; null for other names. */
    static PyCallable method(NdArray a, String name) {
        return switch (name) {
            case "round" -> args -> round(ScanFunctions.prepend(a, args.bind("decimals", "out")));
            case "clip" -> args -> clip(ScanFunctions.prepend(a, args.bind("min", "max", "out")));
            default -> null;
        };
    }

    private static Object round(Object[] v) {
        refuseOut(v[2]);
        return Ufuncs.round(NumpyArgs.array(v[0]), v[1] == null ? 0 : NumpyArgs.integer(v[1]));
    }

    private static Object clip(Object[] v) {
        refuseOut(v[3]);
        return Ufuncs.clip(NumpyArgs.array(v[0]), bound(v[1]), bound(v[2]));
    }

    private static Operand bound(Object v) {
        return v == null || v instanceof PyNone ? null : NumpyOperators.operand(v);
    }

    private static void refuseOut(Object out) {
        if (out != null && !(out instanceof PyNone)) {
            throw new UnsupportedFeature("the out= argument of round and clip");
        }
    }
}
