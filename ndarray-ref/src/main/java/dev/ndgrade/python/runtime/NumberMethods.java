package dev.ndgrade.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The attributes and methods of Python's int, bool, float and complex that snippets use. */
final class NumberMethods {
    private NumberMethods() {
    }

    /** The attribute, or null when the number has none by that name. */
    static Object get(Object v, String name) {
        if (v instanceof PyComplex c) {
            return switch (name) {
                case "real" -> c.re();
                case "imag" -> c.im();
                case "conjugate" -> method(v, name, new PyComplex(c.re(), -c.im()));
                default -> null;
            };
        }
        if (v instanceof Double d) {
            return switch (name) {
                case "real" -> d;
                case "imag" -> 0.0;
                case "conjugate" -> method(v, name, d);
                case "is_integer" -> method(v, name, Double.isFinite(d) && d == Math.rint(d));
                case "as_integer_ratio" -> Attributes.method(v, name, args -> ratio(d));
                default -> null;
            };
        }
        BigInteger i = PyNumbers.toInt(v);
        return switch (name) {
            case "real", "numerator" -> Ints.of(i);
            case "imag" -> Ints.of(0);
            case "denominator" -> Ints.of(1);
            case "conjugate" -> method(v, name, Ints.of(i));
            case "bit_length" -> method(v, name, Ints.of(i.abs().bitLength()));
            case "bit_count" -> method(v, name, Ints.of(i.abs().bitCount()));
            case "as_integer_ratio" -> method(v, name, PyTuple.of(Ints.of(i), Ints.of(1)));
            case "is_integer" -> method(v, name, true);
            default -> null;
        };
    }

    /** A method taking no arguments whose result is already known. */
    private static Object method(Object self, String name, Object result) {
        return Attributes.method(self, name, args -> {
            args.noKeywords();
            if (args.size() != 0) {
                throw PyException.typeError(Types.shortName(self) + "." + name + "() takes no arguments (" + args.size() + " given)");
            }
            return result;
        });
    }

    private static Object ratio(double d) {
        if (Double.isNaN(d)) {
            throw PyException.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw new PyException("OverflowError", "cannot convert Infinity to integer ratio");
        }
        BigDecimal exact = new BigDecimal(d);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (exact.scale() > 0) {
            den = BigInteger.TEN.pow(exact.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(Ints.of(num.divide(g)), Ints.of(den.divide(g)));
    }
}
