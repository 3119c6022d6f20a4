package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Unreproducible;

import static dev.ndgrade.ndarray.ufunc.FloatMath.round;

/**
 * NumPy's complex arithmetic, written into {@code out[0]} (real) and {@code out[1]} (imaginary). Multiplication uses
 * fused multiply-adds as NumPy's AVX-512 loops do; division is NumPy's scaled (Smith) algorithm; power has NumPy's
 * repeated-multiplication path for small integer exponents. Complex64 rounds to float after every step.
 */
final class ComplexMath {
    private ComplexMath() {
    }

    static void multiply(double ar, double ai, double br, double bi, boolean single, double[] out) {
        if (single) {
            out[0] = Math.fma((float) ar, (float) br, -(float) (ai * bi));
            out[1] = Math.fma((float) ar, (float) bi, (float) (ai * br));
        } else {
            out[0] = Math.fma(ar, br, -(ai * bi));
            out[1] = Math.fma(ar, bi, ai * br);
        }
    }

    static void divide(double ar, double ai, double br, double bi, boolean single, double[] out) {
        double absR = Math.abs(br);
        double absI = Math.abs(bi);
        if (absR >= absI) {
            if (absR == 0 && absI == 0) {
                out[0] = round(ar / absR, single);
                out[1] = round(ai / absR, single);
            } else {
                double rat = round(bi / br, single);
                double scl = round(1.0 / round(br + round(bi * rat, single), single), single);
                out[0] = round(round(ar + round(ai * rat, single), single) * scl, single);
                out[1] = round(round(ai - round(ar * rat, single), single) * scl, single);
            }
        } else {
            double rat = round(br / bi, single);
            double scl = round(1.0 / round(bi + round(br * rat, single), single), single);
            out[0] = round(round(round(ar * rat, single) + ai, single) * scl, single);
            out[1] = round(round(round(ai * rat, single) - ar, single) * scl, single);
        }
    }

    /** Multiplication as plain C code does it (no fused multiply-add): NumPy's scalar helpers inside {@code cpow}. */
    static void multiplyPlain(double ar, double ai, double br, double bi, boolean single, double[] out) {
        double re = round(round(ar * br, single) - round(ai * bi, single), single);
        double im = round(round(ar * bi, single) + round(ai * br, single), single);
        out[0] = re;
        out[1] = im;
    }

    /**
     * NumPy's {@code cpow}: 1 for a zero exponent, repeated multiplication for small integer exponents, else the C
     * library's {@code cpow}, i.e. {@code cexp(b * clog(a))} with C99's infinity rules.
     */
    static void power(double ar, double ai, double br, double bi, boolean single, double[] out) {
        if (br == 0 && bi == 0) {
            out[0] = 1;
            out[1] = 0;
            return;
        }
        if (ar == 0 && ai == 0) {
            boolean positive = br > 0;
            out[0] = positive ? 0 : Double.NaN;
            out[1] = positive ? 0 : Double.NaN;
            return;
        }
        if (bi == 0 && br == (long) br && Math.abs(br) < 100) {
            long n = (long) br;
            if (n == 1) {
                out[0] = ar;
                out[1] = ai;
            } else if (n == 2) {
                multiplyPlain(ar, ai, ar, ai, single, out);
            } else if (n == 3) {
                multiplyPlain(ar, ai, ar, ai, single, out);
                multiplyPlain(ar, ai, out[0], out[1], single, out);
            } else {
                integerPower(ar, ai, n, single, out);
            }
            return;
        }
        ComplexLibm.log(ar, ai, single, out);
        ComplexLibm.multiply(br, bi, out[0], out[1], single, out);
        ComplexLibm.exp(out[0], out[1], single, out);
    }

    private static void integerPower(double ar, double ai, long n, boolean single, double[] out) {
        long m = Math.abs(n);
        double accR = 1;
        double accI = 0;
        double pR = ar;
        double pI = ai;
        long mask = 1;
        while (true) {
            if ((m & mask) != 0) {
                multiplyPlain(accR, accI, pR, pI, single, out);
                accR = out[0];
                accI = out[1];
            }
            mask <<= 1;
            if (m < mask || mask <= 0) {
                break;
            }
            multiplyPlain(pR, pI, pR, pI, single, out);
            pR = out[0];
            pI = out[1];
        }
        if (n < 0) {
            divide(1, 0, accR, accI, single, out);
        } else {
            out[0] = accR;
            out[1] = accI;
        }
    }

    /** NumPy's {@code reciprocal} for complex numbers. */
    static void reciprocal(double re, double im, boolean single, double[] out) {
        if (Math.abs(im) <= Math.abs(re)) {
            double r = round(im / re, single);
            double d = round(re + round(im * r, single), single);
            out[0] = round(1 / d, single);
            out[1] = round(-r / d, single);
        } else {
            double r = round(re / im, single);
            double d = round(round(re * r, single) + im, single);
            out[0] = round(r / d, single);
            out[1] = round(-1 / d, single);
        }
    }

    /** Principal square root (C99 {@code csqrt}): its special values, and exact answers on the real axis. */
    static void sqrt(double re, double im, boolean single, double[] out) {
        if (re == 0 && im == 0) {
            out[0] = 0;
            out[1] = im;
            return;
        }
        if (Double.isInfinite(im)) {
            out[0] = Double.POSITIVE_INFINITY;
            out[1] = im;
            return;
        }
        if (Double.isNaN(re)) {
            out[0] = re;
            out[1] = Double.NaN;
            return;
        }
        if (Double.isInfinite(re)) {
            if (re > 0) {
                out[0] = re;
                out[1] = Double.isNaN(im) ? im : Math.copySign(0.0, im);
            } else {
                out[0] = Double.isNaN(im) ? Double.NaN : 0.0;
                out[1] = Math.copySign(Double.POSITIVE_INFINITY, im);
            }
            return;
        }
        if (im == 0) { // on the real axis glibc's csqrt is the correctly rounded real sqrt
            out[0] = re < 0 ? 0.0 : round(Math.sqrt(re), single);
            out[1] = re < 0 ? Math.copySign(round(Math.sqrt(-re), single), im) : im;
            return;
        }
        throw new Unreproducible("the square root of a complex number off the real axis (glibc's csqrt scales and "
                + "rounds in ways ndgrade does not reproduce)");
    }

    /**
     * NumPy's complex ordering: lexicographic on (real, imaginary); equal real parts compare the imaginary parts, and
     * a NaN imaginary part makes unequal real parts unordered.
     */
    static boolean compare(UfuncKind f, double ar, double ai, double br, double bi) {
        boolean noNan = !Double.isNaN(ai) && !Double.isNaN(bi);
        return switch (f) {
            case EQUAL -> ar == br && ai == bi;
            case NOT_EQUAL -> ar != br || ai != bi;
            case LESS -> (ar < br && noNan) || (ar == br && ai < bi);
            case LESS_EQUAL -> (ar < br && noNan) || (ar == br && ai <= bi);
            case GREATER -> (ar > br && noNan) || (ar == br && ai > bi);
            case GREATER_EQUAL -> (ar > br && noNan) || (ar == br && ai >= bi);
            default -> throw new IllegalArgumentException(f + " is not a comparison");
        };
    }
}
