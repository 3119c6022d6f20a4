package dev.ndgrade.ndarray.print;

/**
 * Python's own float and complex reprs, which Java cannot borrow: before JDK 19 {@link Double#toString} does not
 * always give the shortest digits that read back to the value. NumPy's float64 scalars print the same way.
 */
public final class PyFloatFormat {
    private PyFloatFormat() {
    }

    /** {@code repr(d)}: {@code 0.1}, {@code 1.0}, {@code 1e+16}, {@code 1e-05}, {@code -0.0}, {@code inf}, {@code nan}. */
    public static String repr(double d) {
        return FloatScalarText.of(d, false);
    }

    /** The shortest digits that identify a float32 among float32s, as NumPy prints an {@code np.float32}. */
    public static String reprFloat32(float f) {
        return FloatScalarText.of(f, true);
    }

    /** {@code repr(complex(re, im))}: {@code (1+2j)}, {@code 2j}, {@code (-0-1j)}, {@code (nan+infj)}. */
    public static String complexRepr(double re, double im) {
        return FloatScalarText.complex(re, im, false, true);
    }
}
