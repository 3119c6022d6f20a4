package dev.ndgrade.ndarray.ufunc;

/** The reductions ndgrade implements ({@code a.sum()}, {@code np.any(a, axis=0)}, …) and the ufunc each reduces with. */
public enum Reduction {
    /** {@code np.add.reduce}: ints sum as int64 (unsigned as uint64), bools as int64, floats pairwise in their own type. */
    SUM("add"),
    /** {@code np.multiply.reduce}, with the accumulator types of SUM; products are taken in order. */
    PROD("multiply"),
    /** Sum divided by the count: float64 for integers and bools, the input type for floats. */
    MEAN("add"),
    MIN("minimum"),
    MAX("maximum"),
    ANY("logical_or"),
    ALL("logical_and");

    private final String ufuncName;

    Reduction(String ufuncName) {
        this.ufuncName = ufuncName;
    }

    /** The ufunc NumPy's messages name ("zero-size array to reduction operation minimum …"). */
    public String ufuncName() {
        return ufuncName;
    }
}
