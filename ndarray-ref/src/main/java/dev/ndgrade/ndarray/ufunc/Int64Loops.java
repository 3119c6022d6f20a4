package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;

/**
 * Hand-specialised int64 loops for the hot cases (contiguous operands, or a contiguous array with a broadcast
 * scalar), where a tight loop over the raw run lets the JIT unroll; other strides take the plain strided loop.
 */
final class Int64Loops {
    private Int64Loops() {
    }

    /** The specialised loop for {@code f}, or null when int64 has none. */
    static BinaryLoop arithmetic(UfuncKind f) {
        return switch (f) {
            case ADD -> (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                if (Runs.contiguous(8, as, bs, os, n)) {
                    add(a, (int) ao, b, (int) bo, o, (int) oo, (int) n);
                } else if (Runs.scalarSecond(8, as, bs, os, n)) {
                    addScalar(a, (int) ao, b.getLong(bo), o, (int) oo, (int) n);
                } else {
                    for (long i = 0; i < n; i++) {
                        o.putLong(oo + i * os, a.getLong(ao + i * as) + b.getLong(bo + i * bs));
                    }
                }
            };
            case SUBTRACT -> (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                if (Runs.contiguous(8, as, bs, os, n)) {
                    subtract(a, (int) ao, b, (int) bo, o, (int) oo, (int) n);
                } else {
                    for (long i = 0; i < n; i++) {
                        o.putLong(oo + i * os, a.getLong(ao + i * as) - b.getLong(bo + i * bs));
                    }
                }
            };
            case MULTIPLY -> (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                if (Runs.contiguous(8, as, bs, os, n)) {
                    multiply(a, (int) ao, b, (int) bo, o, (int) oo, (int) n);
                } else {
                    for (long i = 0; i < n; i++) {
                        o.putLong(oo + i * os, a.getLong(ao + i * as) * b.getLong(bo + i * bs));
                    }
                }
            };
            default -> null;
        };
    }

    private static void add(Buffer a, int ao, Buffer b, int bo, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putLong(oo + k, a.getLong(ao + k) + b.getLong(bo + k));
        }
    }

    private static void addScalar(Buffer a, int ao, long y, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putLong(oo + k, a.getLong(ao + k) + y);
        }
    }

    private static void subtract(Buffer a, int ao, Buffer b, int bo, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putLong(oo + k, a.getLong(ao + k) - b.getLong(bo + k));
        }
    }

    private static void multiply(Buffer a, int ao, Buffer b, int bo, Buffer o, int oo, int n) {
        for (int i = 0; i < n; i++) {
            int k = i << 3;
            o.putLong(oo + k, a.getLong(ao + k) * b.getLong(bo + k));
        }
    }

    /** int64 comparisons writing booleans. */
    static BinaryLoop comparison(UfuncKind f) {
        Comparison c = Comparison.of(f);
        return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                o.putByte(oo + i * os, c.holds(Long.compare(a.getLong(ao + i * as), b.getLong(bo + i * bs))) ? (byte) 1 : 0);
            }
        };
    }
}
