package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.Scalar;

/**
 * Floats of one array (NumPy's {@code FloatingFormat} in {@code floatmode='maxprec'}): every value gets the
 * shortest digits that identify it, capped at {@code precision} fraction digits with exact rounding; then all share
 * one notation and one padding. Scientific notation is chosen when a shown finite non-zero magnitude reaches
 * {@code 1e8} ({@code 1e6} for float32), one is below {@code 1e-4}, or the largest is over 1000 times the smallest;
 * float32 data is compared in float32 arithmetic, as NumPy does.
 */
final class FloatingFormat implements ElementFormat {
    private final boolean float32;
    private final int precision;
    private final boolean plusSign;
    private boolean scientific;
    /** Scientific mode: the shared number of fraction digits, every value zero-padded to it. */
    private int fractionDigits;
    private int expDigits = -1;
    private int padLeft;
    private int padRight;

    /**
     * @param shown    the values that will be printed (real floats; float32 values held exactly)
     * @param plusSign print {@code +} before non-negative values (imaginary parts)
     */
    FloatingFormat(double[] shown, boolean float32, int precision, boolean plusSign) {
        this.float32 = float32;
        this.precision = precision;
        this.plusSign = plusSign;
        fit(shown);
    }

    private void fit(double[] shown) {
        int finiteCount = 0;
        double maxMagnitude = 0;
        double minMagnitude = Double.POSITIVE_INFINITY;
        boolean negativeInfinity = false;
        for (double x : shown) {
            if (Double.isFinite(x)) {
                finiteCount++;
                double m = Math.abs(x);
                if (m != 0) {
                    maxMagnitude = Math.max(maxMagnitude, m);
                    minMagnitude = Math.min(minMagnitude, m);
                }
            } else if (x == Double.NEGATIVE_INFINITY) {
                negativeInfinity = true;
            }
        }
        if (maxMagnitude != 0) {
            scientific = float32
                    ? (float) maxMagnitude >= 1e6f || (float) minMagnitude < 0.0001f
                            || (float) maxMagnitude / (float) minMagnitude > 1000f
                    : maxMagnitude >= 1e8 || minMagnitude < 0.0001 || maxMagnitude / minMagnitude > 1000.0;
        }
        if (finiteCount > 0) {
            if (scientific) {
                fitScientific(shown);
            } else {
                fitPositional(shown);
            }
        }
        if (finiteCount < shown.length) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (plusSign || negativeInfinity ? 1 : 0) - offset));
        }
    }

    private void fitScientific(double[] shown) {
        int expLength = 0;
        for (double x : shown) {
            if (Double.isFinite(x)) {
                String s = FloatText.scientific(bits(x), precision, -1, plusSign, TrimMode.ZEROS, -1, -1);
                int e = s.indexOf('e');
                int point = s.indexOf('.');
                padLeft = Math.max(padLeft, point);
                fractionDigits = Math.max(fractionDigits, e - point - 1);
                expLength = Math.max(expLength, s.length() - e - 1);
            }
        }
        expDigits = expLength - 1;
        padRight = expDigits + 2 + fractionDigits;
    }

    private void fitPositional(double[] shown) {
        for (double x : shown) {
            if (Double.isFinite(x)) {
                String s = FloatText.positional(bits(x), Dragon4.Cutoff.FRACTION_LENGTH, precision, -1, plusSign,
                        TrimMode.ZEROS, -1, -1);
                int point = s.indexOf('.');
                padLeft = Math.max(padLeft, point);
                padRight = Math.max(padRight, s.length() - point - 1);
            }
        }
    }

    @Override
    public String format(Scalar element) {
        return format(element.asDouble());
    }

    String format(double x) {
        if (!Double.isFinite(x)) {
            String text = Double.isNaN(x) ? (plusSign ? "+nan" : "nan") : (x < 0 ? "-inf" : plusSign ? "+inf" : "inf");
            int width = padLeft + padRight + 1;
            return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
        }
        if (scientific) {
            return FloatText.scientific(bits(x), fractionDigits, fractionDigits, plusSign, TrimMode.NONE, padLeft,
                    expDigits);
        }
        return FloatText.positional(bits(x), Dragon4.Cutoff.FRACTION_LENGTH, precision, 0, plusSign, TrimMode.ZEROS,
                padLeft, padRight);
    }

    private BinaryFloat bits(double x) {
        return float32 ? BinaryFloat.of((float) x) : BinaryFloat.of(x);
    }
}
