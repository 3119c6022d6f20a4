package dev.ndgrade.ndarray.ufunc;

/** NumPy's casting rules that ufuncs use: 'safe' to pick loops, 'same_kind' to write outputs. */
public enum Casting {
    /** Every value survives ({@code np.can_cast(a, b, 'safe')}); int64 → float64 counts as safe, as in NumPy. */
    SAFE("safe"),
    /** Safe, or a cast that does not go down in kind: bool → unsigned → signed → float → complex ({@code 'same_kind'}). */
    SAME_KIND("same_kind");

    private final String numpyName;

    Casting(String numpyName) {
        this.numpyName = numpyName;
    }

    /** The name NumPy prints in casting errors. */
    public String numpyName() {
        return numpyName;
    }
}
