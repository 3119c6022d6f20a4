package dev.ndgrade.ndarray.ufunc;

/** Tests on the strides of one inner-loop run. */
final class Runs {
    private Runs() {
    }

    /** All three operands step by exactly one element of {@code itemsize} bytes, and offsets fit an int. */
    static boolean contiguous(int itemsize, long as, long bs, long os, long n) {
        return as == itemsize && bs == itemsize && os == itemsize && n < Integer.MAX_VALUE / itemsize;
    }

    /** A contiguous array and output with a broadcast scalar (stride 0) as the second operand. */
    static boolean scalarSecond(int itemsize, long as, long bs, long os, long n) {
        return as == itemsize && bs == 0 && os == itemsize && n < Integer.MAX_VALUE / itemsize;
    }
}
