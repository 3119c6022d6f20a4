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
                v -> {
                    // np.clip's bounds default to np._NoValue: none means unbounded, one alone is its TypeError
                    if ((v[1] == null) != (v[2] == null)) {
                        throw PyException.typeError("clip() missing 1 required positional argument: '"
                                + (v[1] == null ? "a_min" : "a_max") + "'");
                    }
                    return clip(NumpyArgs.array(v[0]), v[1], v[2]);
                });
    }

    static void methods(Map<String, ArrayMethods.ArrayMethod> t) {
        // a C method parsed by PyArg_ParseTupleAndKeywords, with its messages
        ArrayMethods.raw(t, "round", Params.of(0, "decimals", "out").refusing("out"), (a, args) -> {
            Object[] v = args.bindPyArg("decimals", "out");
            ArrayMethods.refusePositional(v[1], "out", "round");
            return round(a, v[0]);
        });
        // hands over to numpy._core._methods._clip(a, min=None, max=None, out=None, **kwargs)
        ArrayMethods.helped(t, "clip", "_clip()", Params.of(1, "a", "min", "max", "out").refusing("out"),
                (a, v) -> clip(a, v[1], v[2]));
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
