package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;

/**
 * The diagonal constructors: {@code np.diag} of a 1-d array, {@code np.diagflat} and {@code np.tri} write fresh
 * zeroed arrays; {@code np.diag} of a 2-d array is {@link Views#diagonal}, a read-only view.
 */
public final class Diagonals {
    private Diagonals() {
    }

    /** {@code np.diag(v, k)}: the square array with {@code v} on diagonal k, or diagonal k of a 2-d {@code v}. */
    public static NdArray diag(NdArray v, long k) {
        if (v.ndim() == 2) {
            return Views.diagonal(v, k, 0, 1);
        }
        if (v.ndim() != 1) {
            throw NumpyException.valueError("Input must be 1- or 2-d.");
        }
        return onDiagonal(v, k, "np.diag");
    }

    /** {@code np.diagflat(v, k)}: {@code v} raveled, on diagonal k of a fresh square array. */
    public static NdArray diagflat(NdArray v, long k) {
        return onDiagonal(Reshaping.ravel(v, 'C'), k, "np.diagflat");
    }

    private static NdArray onDiagonal(NdArray v, long k, String operation) {
        long n = v.dim(0) + Math.abs(k);
        NdArray res = NdArray.allocate(v.dtype(), new long[] {n, n}, 'C', ViewOrigin.fresh(operation));
        for (long i = 0; i < v.dim(0); i++) {
            res.put(v.get(i), k >= 0 ? i : i - k, k >= 0 ? i + k : i);
        }
        return res;
    }

    /**
     * {@code np.tri(N, M, k)} as booleans: True where {@code j <= i + k}; the caller casts to its dtype. NumPy
     * builds it as an outer comparison of two aranges, so a negative size is an empty axis.
     */
    public static NdArray tri(long rows, long columns, long k) {
        long n = Math.max(rows, 0);
        long m = Math.max(columns, 0);
        NdArray out = NdArray.allocate(DType.BOOL, new long[] {n, m}, 'C', ViewOrigin.fresh("np.tri"));
        for (long i = 0; i < n; i++) {
            for (long j = 0; j < m && j <= i + k; j++) {
                out.put(Scalar.of(true), i, j);
            }
        }
        return out;
    }
}
