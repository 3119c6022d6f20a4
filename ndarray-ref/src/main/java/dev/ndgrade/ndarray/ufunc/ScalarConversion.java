package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Scalar;

import java.math.BigInteger;

/**
 * Turns a scalar operand into a value of the loop's dtype the way NumPy does before running the loop: typed scalars
 * are cast, Python ints must fit (NumPy's OverflowErrors, including CPython's own "too large to convert to C long"
 * from the first conversion step), Python floats and complexes are rounded to the loop's precision.
 */
public final class ScalarConversion {
    private ScalarConversion() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_LIMIT = BigInteger.ONE.shiftLeft(64);

    /** The operand (any kind but an array) as a scalar of {@code target}. */
    static Scalar toType(Operand op, DType target) {
        if (op instanceof Operand.NumpyScalar s) {
            return cast(s.value(), target);
        } else if (op instanceof Operand.PyBool b) {
            return cast(Scalar.of(b.value()), target);
        } else if (op instanceof Operand.PyInt i) {
            return fromPyInt(i.value(), target);
        } else if (op instanceof Operand.PyFloat f) {
            return cast(Scalar.ofFloat(DType.FLOAT64, f.value()), target);
        } else if (op instanceof Operand.PyComplex c) {
            return cast(Scalar.ofComplex(DType.COMPLEX128, c.re(), c.im()), target);
        }
        throw new IllegalArgumentException("an array is not a scalar operand: " + op);
    }

    /** Whether a Python int is representable in an integer dtype. */
    static boolean fits(BigInteger v, DType.Int t) {
        BigInteger min = t.signed() ? BigInteger.valueOf(t.min()) : BigInteger.ZERO;
        BigInteger max = t.signed() ? BigInteger.valueOf(t.max()) : BigInteger.ONE.shiftLeft(8 * t.itemsize()).subtract(BigInteger.ONE);
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    /**
     * A Python int stored into an integer dtype: read as a C long first (CPython's "too large to convert to C long"),
     * then range-checked ({@code Python integer 300 out of bounds for uint8}).
     */
    public static Scalar pythonIntAs(BigInteger v, DType.Int t) {
        return fromPyInt(v, t);
    }

    private static Scalar fromPyInt(BigInteger v, DType target) {
        if (target instanceof DType.Int t) {
            // NumPy reads the int as a C long first (as unsigned long, with wrap-around, for uint32 and uint64).
            boolean viaUnsigned = !t.signed() && t.itemsize() >= 4;
            BigInteger upper = viaUnsigned ? ULONG_LIMIT : LONG_MAX.add(BigInteger.ONE);
            if (v.compareTo(LONG_MIN) < 0 || v.compareTo(upper) >= 0) {
                throw new NumpyException("OverflowError", "Python int too large to convert to C long");
            }
            if (!fits(v, t)) {
                throw new NumpyException("OverflowError", "Python integer " + v + " out of bounds for " + t.name());
            }
            return Scalar.ofInt(t, v.longValue());
        }
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new NumpyException("OverflowError", "int too large to convert to float");
        }
        return cast(Scalar.ofFloat(DType.FLOAT64, d), target);
    }

    /** A value cast to {@code target} with C semantics (the loop was chosen so that this cast is safe). */
    static Scalar cast(Scalar v, DType target) {
        if (target instanceof DType.Bool) {
            return Scalar.of(v.isTrue());
        } else if (target instanceof DType.Int t) {
            return Scalar.ofInt(t, v.asLong());
        } else if (target instanceof DType.Float f) {
            return Scalar.ofFloat(f, realPart(v));
        } else if (target instanceof DType.Complex c) {
            return Scalar.ofComplex(c, realPart(v), v.imag());
        }
        throw new IllegalStateException("unknown dtype " + target);
    }

    private static double realPart(Scalar v) {
        return v instanceof Scalar.IntValue i ? Unsigned.toDouble(i) : v.asDouble();
    }
}
