package dev.ndgrade.ndarray;

/**
 * A result NumPy computes in a way the reference cannot reproduce exactly — memory {@code np.empty} left unwritten,
 * a power whose rounding only NumPy's vector library decides — so the snippet is unsupported rather than answered
 * with a plausible value. The interpreter reports it as an unsupported feature, named by {@link #getMessage()}.
 */
public final class Unreproducible extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unreproducible(String what) {
        super(what, null, false, false);
    }
}
