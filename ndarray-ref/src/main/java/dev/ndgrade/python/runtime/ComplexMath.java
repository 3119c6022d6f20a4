package dev.ndgrade.python.runtime;

/** CPython's complex division and power ({@code complexobject.c}), operation for operation, so the last bits agree. */
final class ComplexMath {
    private ComplexMath() {
    }

    static PyComplex product(PyComplex a, PyComplex b) {
        return new PyComplex(a.re() * b.re() - a.im() * b.im(), a.re() * b.im() + a.im() * b.re());
    }

    /** {@code _Py_c_quot}: scaled by the larger part of the divisor (Smith's method), not the textbook formula. */
    static PyComplex quotient(PyComplex a, PyComplex b) {
        double absRe = Math.abs(b.re());
        double absIm = Math.abs(b.im());
        if (absRe >= absIm) {
            if (absRe == 0.0) {
                throw new PyException("ZeroDivisionError", "complex division by zero");
            }
            double ratio = b.im() / b.re();
            double denom = b.re() + b.im() * ratio;
            return new PyComplex((a.re() + a.im() * ratio) / denom, (a.im() - a.re() * ratio) / denom);
        }
        if (absIm >= absRe) {
            double ratio = b.re() / b.im();
            double denom = b.re() * ratio + b.im();
            return new PyComplex((a.re() * ratio + a.im()) / denom, (a.im() * ratio - a.re()) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** {@code complex_pow}: small integer exponents by repeated squaring, others through polar form. */
    static PyComplex power(PyComplex a, PyComplex b) {
        PyComplex p;
        long n = (long) b.re();
        if (b.im() == 0.0 && b.re() == n && Math.abs(n) <= 100) {
            p = n >= 0 ? powUnsigned(a, n) : reciprocal(powUnsigned(a, -n));
        } else {
            p = polarPower(a, b);
        }
        if (Double.isInfinite(p.re()) || Double.isInfinite(p.im())) {
            throw new PyException("OverflowError", "complex exponentiation");
        }
        return p;
    }

    private static PyComplex reciprocal(PyComplex d) {
        if (d.re() == 0.0 && d.im() == 0.0) {
            throw new PyException("ZeroDivisionError", "0.0 to a negative or complex power");
        }
        return quotient(new PyComplex(1.0, 0.0), d);
    }

    private static PyComplex powUnsigned(PyComplex x, long n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = product(r, p);
            }
            p = product(p, p);
        }
        return r;
    }

    private static PyComplex polarPower(PyComplex a, PyComplex b) {
        if (b.re() == 0.0 && b.im() == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (a.re() == 0.0 && a.im() == 0.0) {
            if (b.im() != 0.0 || b.re() < 0.0) {
                throw new PyException("ZeroDivisionError", "0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.re(), a.im());
        double len = Math.pow(vabs, b.re());
        double at = Math.atan2(a.im(), a.re());
        double phase = at * b.re();
        if (b.im() != 0.0) {
            len /= Math.exp(at * b.im());
            phase += b.im() * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }
}
