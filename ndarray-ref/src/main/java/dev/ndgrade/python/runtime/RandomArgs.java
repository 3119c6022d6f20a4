package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;
import java.util.List;

/**
 * Arguments of np.random's functions and Generator methods, which are Cython functions: Cython's messages for a
 * wrong count or an unknown keyword, and the values they take (sizes, integer bounds, float parameters).
 */
final class RandomArgs {
    private RandomArgs() {
    }

    /** Binds like a Cython {@code def}: the first {@code required} of {@code names} must be given. */
    static Object[] bind(Args args, int required, String... names) {
        int given = args.positional().size();
        if (given > names.length || given < required && args.keywords().isEmpty()) {
            boolean tooMany = given > names.length;
            int limit = tooMany ? names.length : required;
            String bound = required == names.length ? "exactly" : tooMany ? "at most" : "at least";
            throw PyException.typeError(args.function() + " takes " + bound + " " + limit + " positional argument"
                    + (limit == 1 ? "" : "s") + " (" + given + " given)");
        }
        Object[] v = new Object[names.length];
        for (int i = 0; i < given; i++) {
            v[i] = args.positional().get(i);
        }
        for (var e : args.keywords().entrySet()) {
            int k = List.of(names).indexOf(e.getKey());
            if (k < 0) {
                throw PyException.typeError(args.function() + " got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (v[k] != null) {
                throw new UnsupportedFeature("an argument of " + args.function() + " given twice");
            }
            v[k] = e.getValue();
        }
        for (int i = 0; i < required; i++) {
            if (v[i] == null) {
                throw new UnsupportedFeature("a call of " + args.function() + " without its argument '" + names[i] + "'");
            }
        }
        return v;
    }

    static boolean absent(Object v) {
        return v == null || v instanceof PyNone;
    }

    /** {@code size=}: null for None (one value), else the shape. */
    static long[] size(Object v) {
        return absent(v) ? null : NumpyArgs.dimensions(v);
    }

    /** An integer bound: Python and NumPy integers; NumPy's truncation of floats and its arrays are not modelled. */
    static BigInteger bound(Object v, String name) {
        if (v instanceof BigInteger b) {
            return b;
        }
        Long i = Subscripts.asIndex(v);
        if (i == null) {
            throw new UnsupportedFeature("the argument '" + name + "' as " + Types.shortName(v) + " in np.random");
        }
        return BigInteger.valueOf(i);
    }

    /** A float parameter (loc, scale, low, high): a Python or NumPy real number; arrays are not modelled. */
    static double real(Object v, double dflt, String name) {
        if (v == null) {
            return dflt;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof BigInteger || v instanceof Boolean) {
            return PyNumbers.toInt(v).doubleValue();
        }
        if (v instanceof Scalar s && !(s instanceof Scalar.ComplexValue)) {
            return s.asDouble();
        }
        throw new UnsupportedFeature("the argument '" + name + "' as " + Types.shortName(v) + " in np.random");
    }

    /** The dtype of {@code integers}/{@code randint}: the integer types and bool. */
    static DType integerDtype(Object v) {
        DType t = NumpyArgs.dtype(v);
        if (t instanceof DType.Int || t == DType.BOOL) {
            return t;
        }
        throw new UnsupportedFeature("the argument 'dtype' as " + Repr.repr(v) + " in np.random");
    }

    /**
     * One drawn integer as NumPy boxes it: a Python int or bool when dtype is the type {@code int} or {@code bool},
     * else a NumPy scalar.
     */
    static Object integer(long bits, DType dtype, Object dtypeArg) {
        if (dtype == DType.BOOL) {
            return dtypeArg == Types.BOOL ? (Object) (bits != 0) : Scalar.of(bits != 0);
        }
        DType.Int t = (DType.Int) dtype;
        if (dtypeArg == Types.INT) {
            return t.signed() ? BigInteger.valueOf(bits) : new BigInteger(Long.toUnsignedString(bits));
        }
        return Scalar.ofInt(t, bits);
    }

    static boolean flag(Object v, boolean dflt) {
        return v == null ? dflt : Truth.isTrue(v);
    }
}
