package dev.ndgrade.ndarray.print;

/**
 * The text of a NumPy float or complex scalar ({@code str(np.float64(x))}): the shortest digits that read back to
 * the value, positional when {@code 1e-4 <= |x| < 1e16} ({@code 1e6} for float32) or x is zero or NaN, scientific
 * otherwise. For float64 this is exactly Python's {@code repr(float)} and {@code repr(complex)}.
 */
final class FloatScalarText {
    private FloatScalarText() {
    }

    /** {@code str} of a float scalar: {@code 1.0}, {@code 0.1}, {@code 1e+16}, {@code -0.0}, {@code nan}. */
    static String of(double value, boolean float32) {
        return either(value, float32, TrimMode.LEAVE_ONE_ZERO, TrimMode.DPT_ZEROS, false);
    }

    /**
     * A complex scalar's text: {@code 1+2j}, {@code -0-1j}, {@code nan+infj}, or only the imaginary part
     * ({@code 2j}) when the real part is +0. Parenthesised as {@code str} prints it when {@code parens} is true and
     * the real part is shown.
     */
    static String complex(double re, double im, boolean float32, boolean parens) {
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return either(im, float32, TrimMode.DPT_ZEROS, TrimMode.DPT_ZEROS, false) + "j";
        }
        String real = Double.isFinite(re) ? either(re, float32, TrimMode.DPT_ZEROS, TrimMode.DPT_ZEROS, false)
                : Double.isNaN(re) ? "nan" : re > 0 ? "inf" : "-inf";
        String imag = Double.isFinite(im) ? either(im, float32, TrimMode.DPT_ZEROS, TrimMode.DPT_ZEROS, true)
                : Double.isNaN(im) ? "+nan" : im > 0 ? "+inf" : "-inf";
        String body = real + imag + "j";
        return parens ? "(" + body + ")" : body;
    }

    private static String either(double value, boolean float32, TrimMode trimPositional, TrimMode trimScientific,
                                 boolean plusSign) {
        BinaryFloat bits = float32 ? BinaryFloat.of((float) value) : BinaryFloat.of(value);
        double magnitude = Math.abs(value);
        boolean positional = Double.isNaN(value) || value == 0
                || (magnitude < (float32 ? 1e6 : 1e16) && magnitude >= 1e-4);
        if (positional) {
            return FloatText.positional(bits, Dragon4.Cutoff.TOTAL_LENGTH, -1, -1, plusSign, trimPositional, -1, -1);
        }
        return FloatText.scientific(bits, -1, -1, plusSign, trimScientific, -1, -1);
    }
}
