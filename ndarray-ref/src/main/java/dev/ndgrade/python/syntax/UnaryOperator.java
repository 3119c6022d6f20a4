package dev.ndgrade.python.syntax;

/** Prefix operators: {@code + - ~ not}. */
public enum UnaryOperator {
    PLUS("+"), MINUS("-"), INVERT("~"), NOT("not");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}
