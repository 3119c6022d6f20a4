package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.BinaryOperator;
import dev.ndgrade.python.syntax.CompareOperator;
import dev.ndgrade.python.syntax.UnaryOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The numeric builtins: abs, round, divmod, pow, hex, oct, bin, chr, ord, hash. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static Object abs(Object v) {
        if (v instanceof PyComplex c) {
            return Math.hypot(c.re(), c.im());
        }
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (Operators.isPythonNumber(v)) {
            return Truth.isTrue(Operators.compare(CompareOperator.LT, v, Ints.of(0)))
                    ? Operators.unary(UnaryOperator.MINUS, v) : (v instanceof Boolean b ? Ints.of(b ? 1 : 0) : v);
        }
        if (Operators.isNumpy(v)) {
            return NumpyOperators.absolute(v);
        }
        throw PyException.typeError("bad operand type for abs(): '" + Types.shortName(v) + "'");
    }

    static Object round(Args args) {
        Object[] a = args.bindRequired(1, "number", "ndigits");
        Object v = a[0];
        Object nd = a[1] == null ? PyNone.NONE : a[1];
        if (!(nd instanceof PyNone) && !(nd instanceof BigInteger || nd instanceof Boolean)) {
            throw PyException.typeError("'" + Types.shortName(nd) + "' object cannot be interpreted as an integer");
        }
        if (v instanceof BigInteger || v instanceof Boolean) {
            BigInteger i = PyNumbers.toInt(v);
            if (nd instanceof PyNone || PyNumbers.toInt(nd).signum() >= 0) {
                return Ints.of(i);
            }
            int scale = PyNumbers.toInt(nd).max(BigInteger.valueOf(-100_000)).intValue();
            return Ints.of(new BigDecimal(i).setScale(scale, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (v instanceof Double d) {
            return nd instanceof PyNone ? roundToInt(d) : roundFloat(d, PyNumbers.toInt(nd));
        }
        if (Operators.isNumpy(v)) {
            throw new UnsupportedFeature("round() of NumPy values");
        }
        throw PyException.typeError("type " + Types.shortName(v) + " doesn't define __round__ method");
    }

    private static Object roundToInt(double d) {
        if (Double.isNaN(d)) {
            throw PyException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new PyException("OverflowError", "cannot convert float infinity to integer");
        }
        return Ints.of(new BigDecimal(Math.rint(d)).toBigInteger());
    }

    /** CPython's correctly rounded {@code round(x, n)}: the exact value rounded half-even to n places, read back. */
    private static double roundFloat(double d, BigInteger ndigits) {
        if (!Double.isFinite(d) || ndigits.compareTo(BigInteger.valueOf(400)) > 0) {
            return d;
        }
        if (ndigits.compareTo(BigInteger.valueOf(-400)) < 0) {
            return 0.0 * d;
        }
        double r = new BigDecimal(d).setScale(ndigits.intValue(), RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, d) : r;
    }

    static Object divmod(Args args) {
        args.noKeywords();
        if (args.size() != 2) {
            throw PyException.typeError("divmod expected 2 arguments, got " + args.size());
        }
        Object l = args.get(0);
        Object r = args.get(1);
        boolean real = Operators.isPythonNumber(l) && Operators.isPythonNumber(r) && !(l instanceof PyComplex) && !(r instanceof PyComplex);
        if (!real && !Operators.isNumpy(l) && !Operators.isNumpy(r)) {
            throw PyException.typeError("unsupported operand type(s) for divmod(): '" + Types.shortName(l) + "' and '" + Types.shortName(r) + "'");
        }
        if (l instanceof Double || r instanceof Double) {
            if (Operators.isPythonNumber(r) && !(r instanceof PyComplex) && PyNumbers.toDouble(r) == 0
                    && Operators.isPythonNumber(l) && !(l instanceof PyComplex)) {
                throw new PyException("ZeroDivisionError", "float divmod()");
            }
        }
        return PyTuple.of(Operators.binary(BinaryOperator.FLOORDIV, l, r), Operators.binary(BinaryOperator.MOD, l, r));
    }

    static Object pow(Args args) {
        Object[] a = args.bindRequired(2, "base", "exp", "mod");
        if (a[2] == null || a[2] instanceof PyNone) {
            return Operators.binary(BinaryOperator.POW, a[0], a[1]);
        }
        if (!isInt(a[0]) || !isInt(a[1]) || !isInt(a[2])) {
            throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger mod = PyNumbers.toInt(a[2]);
        if (mod.signum() == 0) {
            throw PyException.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger base = PyNumbers.toInt(a[0]);
        BigInteger exp = PyNumbers.toInt(a[1]);
        BigInteger m = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                r = base.modInverse(m).modPow(exp.negate(), m);
            } catch (ArithmeticException e) {
                throw PyException.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.modPow(exp, m);
        }
        // Python's result takes the modulus's sign
        return Ints.of(mod.signum() < 0 && r.signum() != 0 ? r.subtract(m) : r);
    }

    private static boolean isInt(Object v) {
        return v instanceof BigInteger || v instanceof Boolean;
    }

    /** {@code hex}, {@code oct}, {@code bin}: the sign, the prefix, the digits. */
    static String radix(Object v, int radix, String prefix) {
        Long small = v instanceof BigInteger ? null : Subscripts.asIndex(v);
        BigInteger i = v instanceof BigInteger b ? b : small == null ? null : BigInteger.valueOf(small);
        if (i == null) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object cannot be interpreted as an integer");
        }
        return (i.signum() < 0 ? "-" : "") + prefix + i.abs().toString(radix);
    }

    static String chr(Object v) {
        Long c = Subscripts.asIndex(v);
        if (c == null) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object cannot be interpreted as an integer");
        }
        if (c < 0 || c > 0x10ffff) {
            throw PyException.valueError("chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars(c.intValue()));
    }

    static Object ord(Object v) {
        if (!(v instanceof String s)) {
            throw PyException.typeError("ord() expected string of length 1, but " + Types.shortName(v) + " found");
        }
        int n = s.codePointCount(0, s.length());
        if (n != 1) {
            throw PyException.typeError("ord() expected a character, but string of length " + n + " found");
        }
        return Ints.of(s.codePointAt(0));
    }
}
