package dev.ndgrade.ndarray.ufunc;

import java.util.Optional;

/**
 * NumPy's casting rules, from the strictest: ufuncs pick loops with 'safe' and write outputs with 'same_kind';
 * {@code astype} takes any of them ('unsafe' by default).
 */
public enum Casting {
    /** Only the very same dtype ({@code 'no'}); without byte orders, the same as 'equiv'. */
    NO("no"),
    /** The same dtype up to byte order ({@code 'equiv'}). */
    EQUIV("equiv"),
    /** Every value survives ({@code np.can_cast(a, b, 'safe')}); int64 → float64 counts as safe, as in NumPy. */
    SAFE("safe"),
    /** Safe, or a cast that does not go down in kind: bool → unsigned → signed → float → complex ({@code 'same_kind'}). */
    SAME_KIND("same_kind"),
    /** Any dtype, C's conversions ({@code 'unsafe'}). */
    UNSAFE("unsafe"),
    /** Any dtype, but each value must come out the same or the cast raises ValueError ({@code 'same_value'}, NumPy 2.4). */
    SAME_VALUE("same_value");

    private final String numpyName;

    Casting(String numpyName) {
        this.numpyName = numpyName;
    }

    /** The name NumPy prints in casting errors. */
    public String numpyName() {
        return numpyName;
    }

    /** The rule NumPy spells {@code name}, if any (NumPy's names are case-sensitive). */
    public static Optional<Casting> named(String name) {
        for (Casting c : values()) {
            if (c.numpyName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
