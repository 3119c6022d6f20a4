package dev.ndgrade.python.syntax;

/** Arithmetic and bitwise infix operators; also the operator of an augmented assignment ({@code +=} is ADD). */
public enum BinaryOperator {
    ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source ({@code "//"}); the augmented form is {@code symbol() + "="}. */
    public String symbol() {
        return symbol;
    }
}
