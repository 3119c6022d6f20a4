package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;

/**
 * Hand-specialised float64 loops for + - * / (the benchmarked case): contiguous runs and array-with-scalar runs get a
 * tight int-indexed loop the JIT unrolls; other strides take the plain strided loop.
 */
final class Float64Loops {
    private Float64Loops() {
    }

    /** The specialised loop for {@code f}, or null when float64 has none. */
    static BinaryLoop arithmetic(UfuncKind f) {
        return switch (f) {
            case ADD -> (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                if (Runs.contiguous(8, as, bs, os, n)) {
                    add(a, (int) ao, b, (int) bo, o, (int) oo, (int) n);
                } else if (Runs.scalarSecond(8, as, bs, os, n)) {
                    addScalar(a, (int) ao, b.getDouble(bo), o, (int) oo, (int) n);
                } else {
                    for (long i = 0; i < n; i++) {
                        o.putDouble(oo + i * os, a.getDouble(ao + i * as) + b.getDouble(bo + i * bs));
                    }
                }
            };
            case SUBTRACT -> (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                if (Runs.contiguous(8, as, bs, os, n)) {
                    subtract(a, (int) ao, b, (int) bo, o, (int) oo, (int) n);
                } else {
                    for (long i = 0; i < n; i++) {
                        o.putDouble(oo + i * os, a.getDouble(ao + i * as) - b.getDouble(bo + i * bs));
                    }
                }
            };
            case MULTIPLY -> (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                if (Runs.contiguous(8, as, bs, os, n)) {
                    multiply(a, (int) ao, b, (int) bo, o, (int) oo, (int) n);
                } else if (Runs.scalarSecond(8, as, bs, os, n)) {
                    multiplyScalar(a, (int) ao, b.getDouble(bo), o, (int) oo, (int) n);
                } else {
                    for (long i = 0; i < n; i++) {
                        o.putDouble(oo + i * os, a.getDouble(ao + i * as) * b.getDouble(bo + i * bs));
                    }
                }
            };
            case TRUE_DIVIDE -> (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                if (Runs.contiguous(8, as, bs, os, n)) {
                    divide(a, (int) ao, b, (int) bo, o, (int) oo, (int) n);
                } else {
                    for (long i = 0; i < n; i++) {
                        o.putDouble(oo + i * os, a.getDouble(ao + i * as) / b.getDouble(bo + i * bs));
                    }
                }
            };
            default -> null;
        };
    }

    private static void add(Buffer a, int ao, Buffer b, int bo, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putDouble(oo + k, a.getDouble(ao + k) + b.getDouble(bo + k));
        }
    }

    private static void addScalar(Buffer a, int ao, double y, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putDouble(oo + k, a.getDouble(ao + k) + y);
        }
    }

    private static void subtract(Buffer a, int ao, Buffer b, int bo, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putDouble(oo + k, a.getDouble(ao + k) - b.getDouble(bo + k));
        }
    }

    private static void multiply(Buffer a, int ao, Buffer b, int bo, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putDouble(oo + k, a.getDouble(ao + k) * b.getDouble(bo + k));
        }
    }

    private static void multiplyScalar(Buffer a, int ao, double y, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putDouble(oo + k, a.getDouble(ao + k) * y);
        }
    }

    private static void divide(Buffer a, int ao, Buffer b, int bo, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putDouble(oo + k, a.getDouble(ao + k) / b.getDouble(bo + k));
        }
    }
}
