package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;

import java.math.BigInteger;

/**
 * One input of a ufunc, as Python hands it over: an array, a NumPy scalar (strongly typed, like an array), or a
 * plain Python number. Python {@code int}, {@code float} and {@code complex} are "weak" under NEP 50: they take the
 * dtype of the other operands ({@code uint8_array + 1} stays uint8) instead of imposing their own. A Python
 * {@code bool} is not weak; it is simply a {@code numpy.bool}.
 */
public sealed interface Operand
        permits Operand.Array, Operand.NumpyScalar, Operand.PyInt, Operand.PyFloat, Operand.PyComplex, Operand.PyBool {

    static Operand of(NdArray array) { return new Array(array); }

    static Operand of(Scalar value) { return new NumpyScalar(value); }

    static Operand pyInt(long value) { return new PyInt(BigInteger.valueOf(value)); }

    static Operand pyInt(BigInteger value) { return new PyInt(value); }

    /** A ufunc's result, an array or a NumPy scalar, as the operand of the next call. */
    static Operand ofResult(Object result) {
        return result instanceof NdArray a ? of(a) : of((Scalar) result);
    }

    static Operand pyFloat(double value) { return new PyFloat(value); }

    static Operand pyComplex(double re, double im) { return new PyComplex(re, im); }

    static Operand pyBool(boolean value) { return new PyBool(value); }

    /** Python int, float or complex: typed by the other operands (NEP 50). */
    default boolean isWeak() {
        return this instanceof PyInt || this instanceof PyFloat || this instanceof PyComplex;
    }

    /** Number of dimensions the operand brings to broadcasting (0 for every kind of scalar). */
    default int ndim() {
        return this instanceof Array a ? a.array().ndim() : 0;
    }

    /** Python's {@code type(x).__name__} as it appears in operator error messages: {@code int}, {@code numpy.int64}. */
    String pythonTypeName();

    /** An {@code ndarray} (0-d arrays included). */
    record Array(NdArray array) implements Operand {
        public Array {
            if (array == null) {
                throw new IllegalArgumentException("array must not be null");
            }
        }

        @Override public String pythonTypeName() { return "numpy.ndarray"; }
    }

    /** A NumPy scalar such as {@code np.int64(3)}: strongly typed, like a 0-d array. */
    record NumpyScalar(Scalar value) implements Operand {
        public NumpyScalar {
            if (value == null) {
                throw new IllegalArgumentException("value must not be null");
            }
        }

        @Override public String pythonTypeName() {
            String name = value.dtype().name();
            return "numpy." + name;
        }
    }

    /** A Python {@code int} of any size. */
    record PyInt(BigInteger value) implements Operand {
        public PyInt {
            if (value == null) {
                throw new IllegalArgumentException("value must not be null");
            }
        }

        @Override public String pythonTypeName() { return "int"; }
    }

    /** A Python {@code float}. */
    record PyFloat(double value) implements Operand {
        @Override public String pythonTypeName() { return "float"; }
    }

    /** A Python {@code complex}. */
    record PyComplex(double re, double im) implements Operand {
        @Override public String pythonTypeName() { return "complex"; }
    }

    /** A Python {@code bool}: NumPy treats it as a {@code numpy.bool}. */
    record PyBool(boolean value) implements Operand {
        @Override public String pythonTypeName() { return "bool"; }
    }
}
