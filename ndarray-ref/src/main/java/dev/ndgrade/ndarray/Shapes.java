package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;

/** Shape arithmetic (the text of a shape is {@link dev.ndgrade.ndarray.layout.ShapeText}'s). */
public final class Shapes {
    private Shapes() {
    }

    private static final String TOO_BIG =
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";

    /** Bytes of an array of {@code shape} and {@code itemsize}; NumPy's error when they do not fit in an intp. */
    public static long nbytes(long[] shape, int itemsize) {
        try {
            return Math.multiplyExact(size(shape), (long) itemsize);
        } catch (ArithmeticException e) {
            throw NumpyException.valueError(TOO_BIG);
        }
    }

    /** Number of elements; throws NumPy's error when the product does not fit. */
    public static long size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw NumpyException.valueError("negative dimensions are not allowed");
            }
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                throw NumpyException.valueError(TOO_BIG);
            }
        }
        return n;
    }
}
