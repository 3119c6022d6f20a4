package dev.ndgrade.python.syntax;

/** Comparison operators, which chain ({@code a < b < c}). */
public enum CompareOperator {
    EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"), IN("in"),
    NOT_IN("not in");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}
