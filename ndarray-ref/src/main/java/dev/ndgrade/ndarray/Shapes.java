package dev.ndgrade.ndarray;

/** Shape arithmetic and NumPy's way of printing a shape. */
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

    /** Python's repr of a shape tuple: {@code (3,)}, {@code (2, 3)}, {@code ()}. */
    public static String repr(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** NumPy's compact form in error messages: {@code (2,3)}, {@code (3,)}. */
    public static String compact(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }
}
