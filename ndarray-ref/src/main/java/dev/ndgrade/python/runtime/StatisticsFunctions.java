package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ufunc.Ufuncs;

/**
 * {@code var} and {@code std} as NumPy functions and ndarray methods:
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
