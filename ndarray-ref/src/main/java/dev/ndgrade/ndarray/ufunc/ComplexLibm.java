package dev.ndgrade.ndarray.ufunc;

import static dev.ndgrade.ndarray.ufunc.FloatMath.round;

/**
 * The C library's complex functions behind NumPy's general complex power ({@code cpow(a, b) = cexp(b * clog(a))}),
 * with C99 Annex G's rules for infinities and NaNs. Complex64 rounds every step to float, as {@code cpowf} computes
 * in float. Results may differ from glibc's in the last bits.
 */
final class ComplexLibm {
    private ComplexLibm() {
    }

    /** {@code clog}: (log|z|, arg z). */
    static void log(double re, double im, boolean single, double[] out) {
        if (Double.isNaN(re) || Double.isNaN(im)) {
            out[0] = Double.isInfinite(re) || Double.isInfinite(im) ? Double.POSITIVE_INFINITY : Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        if (re == 0 && im == 0) {
            out[0] = Double.NEGATIVE_INFINITY;
            out[1] = Math.copySign(1.0, re) < 0 ? Math.copySign(Math.PI, im) : Math.copySign(0.0, im);
            out[1] = round(out[1], single);
            return;
        }
        out[0] = round(Math.log(Math.hypot(re, im)), single);
        out[1] = round(Math.atan2(im, re), single);
    }

    /** {@code cexp}. */
    static void exp(double re, double im, boolean single, double[] out) {
        if (Double.isNaN(re)) {
            out[0] = Double.NaN;
            out[1] = im == 0 ? im : Double.NaN;
            return;
        }
        if (Double.isInfinite(re)) {
            if (Double.isFinite(im)) {
                double value = re > 0 ? Double.POSITIVE_INFINITY : 0.0;
                if (im == 0) {
                    out[0] = value;
                    out[1] = im;
                } else {
                    out[0] = Math.copySign(value, Math.cos(im));
                    out[1] = Math.copySign(value, Math.sin(im));
                }
            } else if (re > 0) {
                out[0] = re;
                out[1] = Double.NaN;
            } else {
                out[0] = 0.0;
                out[1] = Math.copySign(0.0, im);
            }
            return;
        }
        if (!Double.isFinite(im)) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        if (im == 0) {
            out[0] = round(Math.exp(re), single);
            out[1] = im;
            return;
        }
        double sin = round(Math.sin(im), single);
        double cos = round(Math.cos(im), single);
        // Like glibc: peel e^t off a large real part so a finite part can survive next to an overflowing one.
        double t = single ? 127 * Math.log(2) : 1023 * Math.log(2);
        if (re > t) {
            double expT = round(Math.exp(t), single);
            re -= t;
            sin = round(sin * expT, single);
            cos = round(cos * expT, single);
            if (re > t) {
                re -= t;
                sin = round(sin * expT, single);
                cos = round(cos * expT, single);
            }
        }
        double scale = re > t ? (single ? Float.MAX_VALUE : Double.MAX_VALUE) : round(Math.exp(re), single);
        out[0] = round(scale * cos, single);
        out[1] = round(scale * sin, single);
    }

    /** C's complex multiplication ({@code __muldc3}): the textbook formula, recovering infinities it turns into NaN. */
    static void multiply(double a, double b, double c, double d, boolean single, double[] out) {
        double ac = round(a * c, single);
        double bd = round(b * d, single);
        double ad = round(a * d, single);
        double bc = round(b * c, single);
        double x = round(ac - bd, single);
        double y = round(ad + bc, single);
        if (Double.isNaN(x) && Double.isNaN(y)) {
            boolean recalc = false;
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                a = Math.copySign(Double.isInfinite(a) ? 1 : 0, a);
                b = Math.copySign(Double.isInfinite(b) ? 1 : 0, b);
                c = Double.isNaN(c) ? Math.copySign(0, c) : c;
                d = Double.isNaN(d) ? Math.copySign(0, d) : d;
                recalc = true;
            }
            if (Double.isInfinite(c) || Double.isInfinite(d)) {
                c = Math.copySign(Double.isInfinite(c) ? 1 : 0, c);
                d = Math.copySign(Double.isInfinite(d) ? 1 : 0, d);
                a = Double.isNaN(a) ? Math.copySign(0, a) : a;
                b = Double.isNaN(b) ? Math.copySign(0, b) : b;
                recalc = true;
            }
            if (!recalc && (Double.isInfinite(ac) || Double.isInfinite(bd) || Double.isInfinite(ad) || Double.isInfinite(bc))) {
                a = Double.isNaN(a) ? Math.copySign(0, a) : a;
                b = Double.isNaN(b) ? Math.copySign(0, b) : b;
                c = Double.isNaN(c) ? Math.copySign(0, c) : c;
                d = Double.isNaN(d) ? Math.copySign(0, d) : d;
                recalc = true;
            }
            if (recalc) {
                x = Double.POSITIVE_INFINITY * (a * c - b * d);
                y = Double.POSITIVE_INFINITY * (a * d + b * c);
            }
        }
        out[0] = x;
        out[1] = y;
    }
}
