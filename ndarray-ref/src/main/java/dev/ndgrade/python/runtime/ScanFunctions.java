package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.sorting.ArgExtrema;
import dev.ndgrade.ndarray.ufunc.Reduction;
import dev.ndgrade.ndarray.ufunc.Ufuncs;
import java.util.Map;

/**
 * {@code cumsum}, {@code cumprod}, {@code argmax} and {@code argmin}, as NumPy functions and ndarray methods
 * declared with NumPy's parameters, the work in {@link Ufuncs#accumulate} and {@link ArgExtrema}. {@code out=} is
 * refused.
 */
final class ScanFunctions {
    private ScanFunctions() {
    }

    static void register(PyModule np) {
        for (String name : new String[] {"cumsum", "cumprod"}) {
            NumpyModule.fn(np, name, Params.of(1, "a", "axis", "dtype", "out").refusing("out"),
                    v -> accumulate(name, NumpyArgs.array(v[0]), v[1], v[2]));
        }
        for (String name : new String[] {"argmax", "argmin"}) {
            NumpyModule.fn(np, name, Params.of(1, "a", "axis", "out", "keepdims").positional(3).refusing("out"),
                    v -> argExtremum(name, NumpyArgs.array(v[0]), v[1], v[3]));
        }
    }

    /** {@code a.cumsum(axis=None, dtype=None, out=None)}, {@code a.argmax(axis=None, out=None, *, keepdims=False)}... */
    static void methods(Map<String, ArrayMethods.ArrayMethod> t) {
        for (String name : new String[] {"cumsum", "cumprod"}) {
            // a C method parsed by PyArg_ParseTupleAndKeywords, with its messages
            ArrayMethods.raw(t, name, Params.of(0, "axis", "dtype", "out").refusing("out"), (a, args) -> {
                Object[] v = args.bindPyArg("axis", "dtype", "out");
                ArrayMethods.refusePositional(v[2], "out", name);
                return accumulate(name, a, v[0], v[1]);
            });
        }
        for (String name : new String[] {"argmax", "argmin"}) {
            ArrayMethods.bound(t, name, Params.of(0, "axis", "out", "keepdims").positional(2).refusing("out"),
                    (a, v) -> argExtremum(name, a, v[0], v[2]));
        }
    }

    private static Object accumulate(String name, NdArray a, Object axis, Object dtype) {
        Reduction r = name.equals("cumsum") ? Reduction.SUM : Reduction.PROD;
        return Ufuncs.accumulate(r, a, axis(axis), NumpyArgs.dtype(dtype));
    }

    private static Object argExtremum(String name, NdArray a, Object axis, Object keepdims) {
        return ArgExtrema.find(a, axis(axis), NumpyArgs.flag(keepdims, false), name.equals("argmax"));
    }

    private static Integer axis(Object v) {
        return v == null || v instanceof PyNone ? null : (int) NumpyArgs.integer(v);
    }
}
