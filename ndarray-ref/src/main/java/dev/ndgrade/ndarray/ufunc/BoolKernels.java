package dev.ndgrade.ndarray.ufunc;

/**
 * Inner loops of {@code bool}: NumPy's boolean add is logical or, multiply is logical and, the bitwise operators
 * are the logical ones and {@code ~} is logical not. Any nonzero byte reads as True.
 */
final class BoolKernels {
    private BoolKernels() {
    }

    private interface Op {
        boolean apply(boolean x, boolean y);
    }

    static BinaryLoop binary(UfuncKind f) {
        Op op;
        if (f.isComparison()) {
            Comparison c = Comparison.of(f);
            op = (x, y) -> c.holds(Boolean.compare(x, y));
        } else {
            op = switch (f) {
                case ADD, BITWISE_OR -> (x, y) -> x | y;
                case MULTIPLY, BITWISE_AND -> (x, y) -> x & y;
                case BITWISE_XOR -> (x, y) -> x ^ y;
                default -> throw new IllegalArgumentException("no bool loop for " + f);
            };
        }
        return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                boolean r = op.apply(a.getByte(ao + i * as) != 0, b.getByte(bo + i * bs) != 0);
                o.putByte(oo + i * os, r ? (byte) 1 : 0);
            }
        };
    }

    static UnaryLoop unary(UfuncKind f) {
        boolean invert = switch (f) {
            case INVERT -> true;
            case ABSOLUTE, FLOOR, CEIL, TRUNC -> false;
            default -> throw new IllegalArgumentException("no bool loop for " + f);
        };
        return (a, ao, as, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                boolean x = a.getByte(ao + i * as) != 0;
                o.putByte(oo + i * os, x != invert ? (byte) 1 : 0);
            }
        };
    }
}
