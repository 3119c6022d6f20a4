package dev.ndgrade.python.runtime;

import static dev.ndgrade.python.runtime.NumpyModule.fn;

import dev.ndgrade.ndarray.Assign;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Grids;
import dev.ndgrade.ndarray.Masking;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.print.DTypePrinter;
import dev.ndgrade.ndarray.ufunc.Casting;
import dev.ndgrade.ndarray.ufunc.TypePromotion;

/**
 * {@code np.*} functions that write into an existing array (copyto, putmask, place) or select its elements by a
 * condition into a copy (extract, compress).
 */
final class ArrayEdits {
    private ArrayEdits() {
    }

    static void register(PyModule np) {
        fn(np, "copyto", Params.of(2, "dst", "src", "casting", "where").refusing("where"), ArrayEdits::copyto);
        fn(np, "putmask", Params.of(3, "a", "mask", "values"), v -> {
            if (!(v[0] instanceof NdArray a)) {
                throw PyException.typeError("putmask: first argument must be an array");
            }
            Masking.putmask(a, NumpyFunctions.truth(NumpyArgs.array(v[1])), valuesOf(v[2], a.dtype(), "np.putmask"));
            return PyNone.NONE;
        });
        fn(np, "place", Params.of(3, "arr", "mask", "vals"), v -> {
            if (!(v[0] instanceof NdArray a)) {
                throw PyException.typeError("place() argument 1 must be numpy.ndarray, not " + Types.shortName(v[0]));
            }
            Masking.place(a, NumpyFunctions.truth(NumpyArgs.array(v[1])), valuesOf(v[2], a.dtype(), "np.place"));
            return PyNone.NONE;
        });
        fn(np, "extract", Params.of(2, "condition", "arr"), v -> {
            NdArray positions = Grids.flatnonzero(NumpyFunctions.truth(NumpyArgs.array(v[0])));
            return NumpyFunctions.take(Reshaping.ravel(NumpyArgs.array(v[1]), 'C'), positions, null);
        });
        fn(np, "compress", Params.of(2, "condition", "a", "axis", "out").refusing("out"), v -> {
            NdArray condition = NumpyFunctions.truth(NumpyArgs.array(v[0]));
            if (condition.ndim() != 1) {
                throw PyException.valueError("condition must be a 1-d array");
            }
            return NumpyFunctions.take(NumpyArgs.array(v[1]), Grids.flatnonzero(condition), v[2]);
        });
    }

    /**
     * The values an in-place function writes, as the array's dtype: Python values converted as np.array(v, dtype)
     * converts them; NumPy values of another dtype are cast by rules not reproduced here.
     */
    private static NdArray valuesOf(Object v, DType t, String function) {
        if (v instanceof NdArray || v instanceof Scalar) {
            NdArray a = NumpyArgs.array(v);
            if (!a.dtype().equals(t)) {
                throw new UnsupportedFeature(function + " with values of another dtype than the array's");
            }
            return a;
        }
        return ArrayConversion.asArray(v, t);
    }

    /** {@code np.copyto(dst, src, casting='same_kind')}: src is broadcast into dst after the casting check. */
    private static Object copyto(Object[] v) {
        if (!(v[0] instanceof NdArray dst)) {
            throw PyException.typeError("copyto() argument 1 must be a numpy.ndarray, not " + Types.shortName(v[0]));
        }
        if (!(v[1] instanceof NdArray || v[1] instanceof PyList || v[1] instanceof PyTuple)) {
            // Python scalars are weakly typed here, NumPy scalars checked as scalars: neither is reproduced
            throw new UnsupportedFeature("np.copyto from a " + Types.shortName(v[1]));
        }
        NdArray src = NumpyArgs.array(v[1]);
        Casting casting = NumpyArgs.casting(v[2], Casting.SAME_KIND, false);
        if (!TypePromotion.canCast(src.dtype(), dst.dtype(), casting)) {
            throw PyException.typeError("Cannot cast array data from " + DTypePrinter.repr(src.dtype()) + " to "
                    + DTypePrinter.repr(dst.dtype()) + " according to the rule '" + casting.numpyName() + "'");
        }
        dst.requireWriteable();
        Assign.assign(dst, src);
        return PyNone.NONE;
    }
}
