package dev.ndgrade.ndarray.ufunc;

/**
 * The ufuncs ndgrade implements, with NumPy's names ({@code np.true_divide.__name__} is {@code "divide"}) and the
 * Python operator each one backs.
 */
public enum UfuncKind {
    ADD("add", 2, "+"),
    SUBTRACT("subtract", 2, "-"),
    MULTIPLY("multiply", 2, "*"),
    TRUE_DIVIDE("divide", 2, "/"),
    FLOOR_DIVIDE("floor_divide", 2, "//"),
    REMAINDER("remainder", 2, "%"),
    /** {@code **}: on an ndarray base with exponent 2, -1 or 0.5 this is NumPy's operator fast path (see {@link Ufuncs}). */
    POWER("power", 2, "**"),
    EQUAL("equal", 2, "=="),
    NOT_EQUAL("not_equal", 2, "!="),
    LESS("less", 2, "<"),
    LESS_EQUAL("less_equal", 2, "<="),
    GREATER("greater", 2, ">"),
    GREATER_EQUAL("greater_equal", 2, ">="),
    BITWISE_AND("bitwise_and", 2, "&"),
    BITWISE_OR("bitwise_or", 2, "|"),
    BITWISE_XOR("bitwise_xor", 2, "^"),
    NEGATIVE("negative", 1, "-"),
    POSITIVE("positive", 1, "+"),
    ABSOLUTE("absolute", 1, "abs()"),
    /** {@code ~}: bitwise not on integers, logical not on booleans. */
    INVERT("invert", 1, "~"),
    SQRT("sqrt", 1, null),
    SQUARE("square", 1, null),
    RECIPROCAL("reciprocal", 1, null),
    FLOOR("floor", 1, null),
    CEIL("ceil", 1, null),
    TRUNC("trunc", 1, null),
    /** Round half to even, as C's {@code rint} in the default rounding mode. */
    RINT("rint", 1, null),
    FABS("fabs", 1, null),
    SIGN("sign", 1, null),
    CONJUGATE("conjugate", 1, null),
    ISNAN("isnan", 1, null),
    ISINF("isinf", 1, null),
    ISFINITE("isfinite", 1, null),
    SIGNBIT("signbit", 1, null),
    /** Propagates nan; of two equal values (0.0 and -0.0) returns the second, as NumPy's loops do. */
    MAXIMUM("maximum", 2, null),
    MINIMUM("minimum", 2, null),
    /** Ignores nan: the other operand wins unless both are nan. */
    FMAX("fmax", 2, null),
    FMIN("fmin", 2, null);

    private final String numpyName;
    private final int nin;
    private final String operator;

    UfuncKind(String numpyName, int nin, String operator) {
        this.numpyName = numpyName;
        this.nin = nin;
        this.operator = operator;
    }

    /** NumPy's {@code ufunc.__name__}, as error messages quote it. */
    public String numpyName() { return numpyName; }

    /** Number of inputs. */
    public int nin() { return nin; }

    /** The Python operator this ufunc implements, or null for the ufuncs only called by name. */
    public String operator() { return operator; }

    /** ==, !=, <, <=, >, >=: results are booleans. */
    public boolean isComparison() {
        return switch (this) {
            case EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> true;
            default -> false;
        };
    }

    /** isnan, isinf, isfinite, signbit: a boolean about each element. */
    public boolean isPredicate() {
        return switch (this) {
            case ISNAN, ISINF, ISFINITE, SIGNBIT -> true;
            default -> false;
        };
    }

    /** maximum, minimum, fmax, fmin: one of the two elements, chosen by NumPy's nan rules. */
    public boolean isExtremum() {
        return switch (this) {
            case MAXIMUM, MINIMUM, FMAX, FMIN -> true;
            default -> false;
        };
    }
}
