package dev.ndgrade.ndarray.print;

/**
 * One float as text, positional ({@code 123.45}) or scientific ({@code 1.2345e+02}), with NumPy's digit, trimming
 * and padding rules ({@code np.format_float_positional} / {@code np.format_float_scientific} in unique mode).
 * Infinities and NaN print as {@code inf}, {@code -inf} ({@code +inf} with a forced sign) and {@code nan}, unpadded.
 */
final class FloatText {
    private FloatText() {
    }

    /**
     * @param cutoff    whether {@code precision} and {@code minDigits} count all digits or fraction digits
     * @param precision at most this many digits, -1 for as many as identify the value
     * @param minDigits at least this many digits, -1 for none
     * @param plusSign  print {@code +} before non-negative values
     * @param padLeft   pad with spaces on the left to this many characters before the point, -1 for none
     * @param padRight  pad with spaces on the right to this many characters after the point, -1 for none
     */
    static String positional(BinaryFloat v, Dragon4.Cutoff cutoff, int precision, int minDigits, boolean plusSign,
                             TrimMode trim, int padLeft, int padRight) {
        if (!v.isFinite()) {
            return nonFinite(v, plusSign);
        }
        StringBuilder b = new StringBuilder(32);
        boolean hasSign = v.negative() || plusSign;
        if (hasSign) {
            b.append(v.negative() ? '-' : '+');
        }
        Dragon4.Digits d = Dragon4.digits(v, cutoff, precision, minDigits);
        String digits = d.digits();
        int numDigits = digits.length();
        int wholeDigits;
        int fractionDigits;
        if (d.exponent() >= 0) {
            wholeDigits = d.exponent() + 1;
            if (numDigits <= wholeDigits) {
                b.append(digits);
                b.append("0".repeat(wholeDigits - numDigits));
                fractionDigits = 0;
            } else {
                b.append(digits, 0, wholeDigits).append('.').append(digits, wholeDigits, numDigits);
                fractionDigits = numDigits - wholeDigits;
            }
        } else {
            int leadingZeros = -(d.exponent() + 1);
            b.append("0.").append("0".repeat(leadingZeros)).append(digits);
            wholeDigits = 1;
            fractionDigits = leadingZeros + numDigits;
        }
        if (trim != TrimMode.DPT_ZEROS && fractionDigits == 0) {
            b.append('.');
        }
        int desiredFraction = Math.max(minDigits, 0);
        if (cutoff == Dragon4.Cutoff.TOTAL_LENGTH) {
            desiredFraction = minDigits - wholeDigits;
        }
        fractionDigits = finishFraction(b, trim, fractionDigits, desiredFraction, true);
        if (padRight >= fractionDigits) {
            if (trim == TrimMode.DPT_ZEROS && fractionDigits == 0) {
                b.append(' ');
            }
            b.append(" ".repeat(padRight - fractionDigits));
        }
        int left = wholeDigits + (hasSign ? 1 : 0);
        if (padLeft > left) {
            b.insert(0, " ".repeat(padLeft - left));
        }
        return b.toString();
    }

    /**
     * @param precision at most this many digits after the point, -1 for as many as identify the value
     * @param minDigits at least this many digits after the point, -1 for none
     * @param padLeft   pad with spaces on the left to this many characters before the point, -1 for none
     * @param expDigits at least this many exponent digits, -1 for the default of 2
     */
    static String scientific(BinaryFloat v, int precision, int minDigits, boolean plusSign, TrimMode trim,
                             int padLeft, int expDigits) {
        if (!v.isFinite()) {
            return nonFinite(v, plusSign);
        }
        StringBuilder b = new StringBuilder(32);
        boolean hasSign = v.negative() || plusSign;
        int left = 1 + (hasSign ? 1 : 0);
        if (padLeft > left) {
            b.append(" ".repeat(padLeft - left));
        }
        if (hasSign) {
            b.append(v.negative() ? '-' : '+');
        }
        Dragon4.Digits d = Dragon4.digits(v, Dragon4.Cutoff.TOTAL_LENGTH,
                precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1);
        String digits = d.digits();
        b.append(digits.charAt(0));
        int fractionDigits = digits.length() - 1;
        if (fractionDigits > 0) {
            b.append('.').append(digits, 1, digits.length());
        }
        if (trim != TrimMode.DPT_ZEROS && fractionDigits == 0) {
            b.append('.');
        }
        finishFraction(b, trim, fractionDigits, Math.max(minDigits, 0), false);
        int exp = d.exponent();
        b.append('e').append(exp >= 0 ? '+' : '-');
        String expText = Integer.toString(Math.abs(exp));
        int width = expDigits < 0 ? 2 : Math.min(expDigits, 5);
        if (expText.length() < width) {
            b.append("0".repeat(width - expText.length()));
        }
        return b.append(expText).toString();
    }

    /**
     * Pads or trims the fraction after the digits were written; returns the fraction digits left. NumPy's scientific
     * formatter keeps a point left bare by trimming even in {@link TrimMode#DPT_ZEROS}, so only positional drops it.
     */
    private static int finishFraction(StringBuilder b, TrimMode trim, int fractionDigits, int desiredFraction,
                                      boolean dropBarePoint) {
        if (trim == TrimMode.LEAVE_ONE_ZERO) {
            if (fractionDigits == 0) {
                b.append('0');
                fractionDigits++;
            }
        } else if (trim == TrimMode.NONE && desiredFraction > fractionDigits) {
            b.append("0".repeat(desiredFraction - fractionDigits));
            fractionDigits = desiredFraction;
        }
        if (trim != TrimMode.NONE && fractionDigits > 0) {
            while (b.charAt(b.length() - 1) == '0') {
                b.setLength(b.length() - 1);
                fractionDigits--;
            }
            if (b.charAt(b.length() - 1) == '.') {
                if (trim == TrimMode.LEAVE_ONE_ZERO) {
                    b.append('0');
                    fractionDigits++;
                } else if (trim == TrimMode.DPT_ZEROS && dropBarePoint) {
                    b.setLength(b.length() - 1);
                }
            }
        }
        return fractionDigits;
    }

    private static String nonFinite(BinaryFloat v, boolean plusSign) {
        if (v.kind() == BinaryFloat.Kind.NAN) {
            return "nan";
        }
        return (v.negative() ? "-" : plusSign ? "+" : "") + "inf";
    }
}
