package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.sorting.ArgExtrema;
import dev.ndgrade.ndarray.ufunc.Reduction;
import dev.ndgrade.ndarray.ufunc.Ufuncs;

/**
 * {@code cumsum}, {@code cumprod}, {@code argmax} and {@code argmin}, as NumPy functions and ndarray methods: the
 * arguments as NumPy binds them, the work in {@link Ufuncs#accumulate} and {@link ArgExtrema}. {@code out=} is not
 * supported.
 */
final class ScanFunctions {
    private ScanFunctions() {
    }

    static void register(PyModule np) {
        for (String name : new String[] {"cumsum", "cumprod"}) {
            NumpyModule.fn(np, name, args -> accumulate(name, args.bindRequired(1, "a", "axis", "dtype", "out")));
        }
        for (String name : new String[] {"argmax", "argmin"}) {
            NumpyModule.fn(np, name, args -> argExtremum(name, args.bindRequired(1, "a", "axis", "out", "keepdims")));
        }
    }

    /** {@code a.cumsum(axis=None, dtype=None, out=None)} and the others; null when {@code name} is none of them. */
    static PyCallable method(NdArray a, String name) {
        return switch (name) {
            case "cumsum", "cumprod" -> args -> accumulate(name, prepend(a, args.bind("axis", "dtype", "out")));
            case "argmax", "argmin" -> args -> argExtremum(name, prepend(a, args.bind("axis", "out", "keepdims")));
            default -> null;
        };
    }

    private static Object accumulate(String name, Object[] v) {
        refuseOut(v[3]);
        Reduction r = name.equals("cumsum") ? Reduction.SUM : Reduction.PROD;
        return Ufuncs.accumulate(r, NumpyArgs.array(v[0]), axis(v[1]), NumpyArgs.dtype(v[2]));
    }

    private static Object argExtremum(String name, Object[] v) {
        refuseOut(v[2]);
        return ArgExtrema.find(NumpyArgs.array(v[0]), axis(v[1]), NumpyArgs.flag(v[3], false), name.equals("argmax"));
    }

    private static void refuseOut(Object out) {
        if (out != null && !(out instanceof PyNone)) {
            throw new UnsupportedFeature("the out= argument of cumsum, cumprod, argmax and argmin");
        }
    }

    private static Integer axis(Object v) {
        return v == null || v instanceof PyNone ? null : (int) NumpyArgs.integer(v);
    }

    static Object[] prepend(NdArray a, Object[] rest) {
        Object[] v = new Object[rest.length + 1];
        v[0] = a;
        System.arraycopy(rest, 0, v, 1, rest.length);
        return v;
    }
}
