package dev.ndgrade.ndarray;

/**
 * Which operation made an array and whether it shares the memory it was made from. The grader explains answers
 * from it ("boolean-mask indexing always copies, so {@code arr3.base is None}").
 *
 * @param operation what made the array, in the words a student reads: {@code "basic slicing"}, {@code "np.arange"}
 * @param kind      whether the result is a view of its input, a copy, a fresh array, or the input itself
 * @param why       the rule that decided it, one sentence, or empty
 */
public record ViewOrigin(String operation, Kind kind, String why) {

    /** How an array relates to the input of the operation that made it. */
    public enum Kind {
        /** New memory holding values computed from nothing else (np.arange, np.zeros). */
        FRESH,
        /** A new array object on the same buffer as its input. */
        VIEW,
        /** New memory holding a copy of its input's values. */
        COPY
    }

    public ViewOrigin {
        if (operation == null || kind == null || why == null) {
            throw new IllegalArgumentException("operation, kind and why must not be null");
        }
    }

    public static ViewOrigin fresh(String operation) { return new ViewOrigin(operation, Kind.FRESH, ""); }
    public static ViewOrigin view(String operation, String why) { return new ViewOrigin(operation, Kind.VIEW, why); }
    public static ViewOrigin copy(String operation, String why) { return new ViewOrigin(operation, Kind.COPY, why); }

    public boolean isView() { return kind == Kind.VIEW; }
}
