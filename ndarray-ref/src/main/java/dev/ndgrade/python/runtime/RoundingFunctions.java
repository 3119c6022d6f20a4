package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ufunc.Operand;
import dev.ndgrade.ndarray.ufunc.Ufuncs;
import java.util.Map;

/**
 * {@code np.round} / {@code np.around} / {@code a.round(decimals=0, out=None)} and {@code np.clip(a, a_min, a_max)} /
 * {@code a.clip(min, max)}, declared with NumPy's parameters, the work in {@link Ufuncs#round} and
 * {@link Ufuncs#clip}. {@code out=} and np.clip's keyword-only {@code min=}/{@code max=} are refused.
 */
final class RoundingFunctions {
    private RoundingFunctions() {
    }

    static void register(PyModule np) {
        for (String name : new String[] {"round", "around"}) {
            NumpyModule.fn(np, name, Params.of(1, "a", "decimals", "out").refusing("out"),
                    v -> round(NumpyArgs.array(v[0]), v[1]));
        }
        NumpyModule.fn(np, "clip", Params.of(1, "a", "a_min", "a_max", "out").refusing("out", "min", "max"),
                v -> clip(NumpyArgs.array(v[0]), v[1], v[2]));
    }

    static void methods(Map<String, ArrayMethods.ArrayMethod> t) {
        ArrayMethods.bound(t, "round", Params.of(0, "decimals", "out").refusing("out"), (a, v) -> round(a, v[0]));
        ArrayMethods.bound(t, "clip", Params.of(0, "min", "max", "out").refusing("out"), (a, v) -> clip(a, v[0], v[1]));
    }

    private static Object round(NdArray a, Object decimals) {
        return Ufuncs.round(a, decimals == null ? 0 : NumpyArgs.integer(decimals));
    }

    private static Object clip(NdArray a, Object min, Object max) {
        return Ufuncs.clip(a, bound(min), bound(max));
    }

    private static Operand bound(Object v) {
        return v == null || v instanceof PyNone ? null : NumpyOperators.operand(v);
    }
}
