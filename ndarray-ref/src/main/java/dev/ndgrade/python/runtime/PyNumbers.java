package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.BinaryOperator;
import dev.ndgrade.python.syntax.UnaryOperator;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Arithmetic on Python's int (arbitrary precision), bool, float and complex, with CPython's errors. */
final class PyNumbers {
    private PyNumbers() {
    }

    private static int rank(Object v) {
        if (v instanceof Boolean || v instanceof BigInteger) {
            return 0;
        }
        return v instanceof Double ? 1 : 2;
    }

    static BigInteger toInt(Object v) {
        return v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) v;
    }

    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = toInt(v);
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyException("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    static PyComplex toComplex(Object v) {
        return v instanceof PyComplex c ? c : new PyComplex(toDouble(v), 0.0);
    }

    static Object binary(BinaryOperator op, Object l, Object r) {
        int k = Math.max(rank(l), rank(r));
        if (k == 0) {
            if (l instanceof Boolean a && r instanceof Boolean b) {
                switch (op) {
                    case BITAND: return a & b;
                    case BITOR: return a | b;
                    case BITXOR: return a ^ b;
                    default: break;
                }
            }
            return intOp(op, toInt(l), toInt(r));
        }
        if (k == 1) {
            return floatOp(op, toDouble(l), toDouble(r), l, r);
        }
        return complexOp(op, toComplex(l), toComplex(r), l, r);
    }

    private static Object intOp(BinaryOperator op, BigInteger a, BigInteger b) {
        switch (op) {
            case ADD: return Ints.of(a.add(b));
            case SUB: return Ints.of(a.subtract(b));
            case MULT:
                Ints.chargeBits((long) a.bitLength() + b.bitLength());
                return Ints.of(a.multiply(b));
            case DIV:
                if (b.signum() == 0) {
                    throw new PyException("ZeroDivisionError", "division by zero");
                }
                return new BigDecimal(a).divide(new BigDecimal(b), java.math.MathContext.DECIMAL128).doubleValue();
            case FLOORDIV:
                if (b.signum() == 0) {
                    throw new PyException("ZeroDivisionError", "integer division or modulo by zero");
                }
                return Ints.of(floorDiv(a, b));
            case MOD:
                if (b.signum() == 0) {
                    throw new PyException("ZeroDivisionError", "integer modulo by zero");
                }
                return Ints.of(a.subtract(floorDiv(a, b).multiply(b)));
            case POW:
                if (b.signum() < 0) {
                    if (a.signum() == 0) {
                        throw new PyException("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                    }
                    return Math.pow(a.doubleValue(), b.doubleValue());
                }
                return Ints.pow(a, b);
            case LSHIFT:
                if (b.signum() < 0) {
                    throw PyException.valueError("negative shift count");
                }
                return Ints.shiftLeft(a, b);
            case RSHIFT:
                if (b.signum() < 0) {
                    throw PyException.valueError("negative shift count");
                }
                return Ints.of(a.shiftRight(Math.min(b.intValue(), Integer.MAX_VALUE)));
            case BITAND: return Ints.of(a.and(b));
            case BITOR: return Ints.of(a.or(b));
            case BITXOR: return Ints.of(a.xor(b));
            default: throw Operators.unsupported(op, a, b);
        }
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static Object floatOp(BinaryOperator op, double a, double b, Object l, Object r) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MULT: return a * b;
            case DIV:
                if (b == 0) {
                    throw new PyException("ZeroDivisionError", "float division by zero");
                }
                return a / b;
            case FLOORDIV:
                if (b == 0) {
                    throw new PyException("ZeroDivisionError", "float floor division by zero");
                }
                return floorDivide(a, b);
            case MOD:
                if (b == 0) {
                    throw new PyException("ZeroDivisionError", "float modulo");
                }
                return floatMod(a, b);
            case POW:
                if (a == 0 && b < 0) {
                    throw new PyException("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                if (a < 0 && b != Math.rint(b)) {
                    return complexOp(op, new PyComplex(a, 0), new PyComplex(b, 0), l, r);
                }
                double p = Math.pow(a, b);
                if (Double.isInfinite(p) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
                    throw new PyException("OverflowError", "(34, 'Numerical result out of range')");
                }
                return p;
            default: throw Operators.unsupported(op, l, r);
        }
    }

    /** Python's float modulo: the result has the divisor's sign. */
    static double floatMod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** Python's float floor division (CPython's float_floor_div via divmod). */
    static double floorDivide(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    private static Object complexOp(BinaryOperator op, PyComplex a, PyComplex b, Object l, Object r) {
        switch (op) {
            case ADD: return new PyComplex(a.re() + b.re(), a.im() + b.im());
            case SUB: return new PyComplex(a.re() - b.re(), a.im() - b.im());
            case MULT: return ComplexMath.product(a, b);
            case DIV: return ComplexMath.quotient(a, b);
            case POW: return ComplexMath.power(a, b);
            default:
                throw Operators.unsupported(op, l, r);
        }
    }

    static Object unary(UnaryOperator op, Object v) {
        if (v instanceof PyComplex c) {
            return switch (op) {
                case MINUS -> new PyComplex(-c.re(), -c.im());
                case PLUS -> c;
                default -> throw PyException.typeError("bad operand type for unary " + op.symbol() + ": 'complex'");
            };
        }
        if (v instanceof Double d) {
            return switch (op) {
                case MINUS -> -d;
                case PLUS -> d;
                default -> throw PyException.typeError("bad operand type for unary ~: 'float'");
            };
        }
        BigInteger i = toInt(v);
        return switch (op) {
            case MINUS -> Ints.of(i.negate());
            case PLUS -> Ints.of(i);
            default -> Ints.of(i.not());
        };
    }

    static boolean equal(Object l, Object r) {
        int k = Math.max(rank(l), rank(r));
        if (k == 0) {
            return toInt(l).equals(toInt(r));
        }
        if (k == 1) {
            if (l instanceof Double a && r instanceof Double b) {
                return a.doubleValue() == b.doubleValue();
            }
            return compare(l, r) == 0 && !(l instanceof Double a && a.isNaN()) && !(r instanceof Double b && b.isNaN());
        }
        PyComplex a = toComplex(l);
        PyComplex b = toComplex(r);
        return a.re() == b.re() && a.im() == b.im();
    }

    /** Exact comparison of ints and floats (no rounding of big ints); NaN compares as unordered (returns 2). */
    static int compare(Object l, Object r) {
        if (rank(l) == 0 && rank(r) == 0) {
            return Integer.signum(toInt(l).compareTo(toInt(r)));
        }
        double a = l instanceof Double d ? d : Double.NaN;
        double b = r instanceof Double d ? d : Double.NaN;
        if ((l instanceof Double && a != a) || (r instanceof Double && b != b)) {
            return 2;
        }
        BigDecimal x = l instanceof Double d ? (Double.isInfinite(d) ? null : new BigDecimal(d)) : new BigDecimal(toInt(l));
        BigDecimal y = r instanceof Double d ? (Double.isInfinite(d) ? null : new BigDecimal(d)) : new BigDecimal(toInt(r));
        if (x == null || y == null) {
            return Double.compare(l instanceof Double d ? d : 0.0, r instanceof Double d ? d : 0.0);
        }
        return Integer.signum(x.compareTo(y));
    }
}
