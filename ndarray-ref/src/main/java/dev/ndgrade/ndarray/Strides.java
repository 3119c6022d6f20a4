package dev.ndgrade.ndarray;

/** Byte strides: those of fresh arrays, and NumPy's contiguity tests on them. */
public final class Strides {
    private Strides() {
    }

    /** Strides of a newly allocated array in order 'C' or 'F'; all 0 when the array holds no bytes (NumPy 2). */
    public static long[] fresh(long[] shape, int itemsize, char order) {
        int nd = shape.length;
        long[] s = new long[nd];
        for (long d : shape) {
            if (d == 0) {
                return s;
            }
        }
        long sd = itemsize;
        if (order == 'F') {
            for (int i = 0; i < nd; i++) {
                s[i] = sd;
                sd *= shape[i];
            }
        } else {
            for (int i = nd - 1; i >= 0; i--) {
                s[i] = sd;
                sd *= shape[i];
            }
        }
        return s;
    }

    /** NumPy's C_CONTIGUOUS: length-1 axes are ignored; an empty array is contiguous. */
    public static boolean isCContiguous(long[] shape, long[] strides, int itemsize) {
        long sd = itemsize;
        for (long d : shape) {
            if (d == 0) {
                return true;
            }
        }
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1) {
                if (strides[i] != sd) {
                    return false;
                }
                sd *= shape[i];
            }
        }
        return true;
    }

    /** NumPy's F_CONTIGUOUS, mirrored. */
    public static boolean isFContiguous(long[] shape, long[] strides, int itemsize) {
        long sd = itemsize;
        for (long d : shape) {
            if (d == 0) {
                return true;
            }
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != 1) {
                if (strides[i] != sd) {
                    return false;
                }
                sd *= shape[i];
            }
        }
        return true;
    }
}
