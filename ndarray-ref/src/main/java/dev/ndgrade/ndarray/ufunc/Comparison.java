package dev.ndgrade.ndarray.ufunc;

/** The six comparison ufuncs as a test on a three-way comparison result. */
enum Comparison {
    EQ, NE, LT, LE, GT, GE;

    static Comparison of(UfuncKind f) {
        return switch (f) {
            case EQUAL -> EQ;
            case NOT_EQUAL -> NE;
            case LESS -> LT;
            case LESS_EQUAL -> LE;
            case GREATER -> GT;
            case GREATER_EQUAL -> GE;
            default -> throw new IllegalArgumentException(f + " is not a comparison");
        };
    }

    boolean holds(int cmp) {
        return switch (this) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }

    /** IEEE comparison: false whenever a NaN is involved, except {@code !=}. */
    boolean holds(double x, double y) {
        return switch (this) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /** The same comparison with its operands swapped ({@code a < b} is {@code b > a}). */
    Comparison mirrored() {
        return switch (this) {
            case EQ, NE -> this;
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
        };
    }
}
