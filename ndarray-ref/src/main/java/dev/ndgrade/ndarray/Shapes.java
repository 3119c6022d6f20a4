package dev.ndgrade.ndarray;

/** Shape arithmetic (the text of a shape is {@link dev.ndgrade.ndarray.layout.ShapeText}'s). */
public final class Shapes {
    private Shapes() {
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
                throw NumpyException.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
            }
        }
        return n;
    }
}
