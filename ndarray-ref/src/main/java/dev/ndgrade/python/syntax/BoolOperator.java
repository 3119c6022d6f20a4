package dev.ndgrade.python.syntax;

/** The short-circuit operators. */
public enum BoolOperator {
    AND("and"), OR("or");

    private final String symbol;

    BoolOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}
