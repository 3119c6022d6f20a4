package dev.ndgrade.ndarray.random;

/**
 * A draw NumPy's result for which cannot be known here: the C library's log may round either way. The sampler that
 * threw it is lost for good, since NumPy's state went on from a value this one does not have.
 */
public final class IrreproducibleDraw extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IrreproducibleDraw(String why) {
        super(why);
    }
}
