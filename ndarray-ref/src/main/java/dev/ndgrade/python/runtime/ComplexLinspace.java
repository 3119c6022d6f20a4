package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.ufunc.Operand;
import dev.ndgrade.ndarray.ufunc.UfuncKind;
import dev.ndgrade.ndarray.ufunc.Ufuncs;

/**
 * {@code np.linspace} with a Python complex start or stop: NumPy's own steps in complex128 — a complex arange, the
 * step {@code (stop - start) / div} by complex division, multiplied in place, {@code start} added, the last sample
 * set to {@code stop} — run through the reference's complex ufuncs, so every rounding is NumPy's.
 */
final class ComplexLinspace {
    private ComplexLinspace() {
    }

    static NdArray of(Object start, Object stop, long num, boolean endpoint) {
        if (num < 0) {
            throw PyException.valueError("Number of samples, " + num + ", must be non-negative.");
        }
        Scalar first = complex(start);
        Scalar last = complex(stop);
        long div = endpoint ? num - 1 : num;
        ViewOrigin origin = ViewOrigin.fresh("np.linspace");
        NdArray samples = Copies.copyAs(Creation.arange(0L, num, 1L, DType.INT64), DType.COMPLEX128, 'C', origin);
        NdArray y = samples.view(samples.offset(), samples.shape(), samples.strides(), DType.COMPLEX128, origin);
        Operand delta = Operand.of(Scalar.ofComplex(DType.COMPLEX128, last.asDouble() - first.asDouble(), last.imag() - first.imag()));
        if (div > 0) {
            Scalar step = (Scalar) Ufuncs.call(UfuncKind.TRUE_DIVIDE, delta, Operand.pyInt(div));
            if (step.asDouble() == 0 && step.imag() == 0) {
                Ufuncs.callInto(UfuncKind.TRUE_DIVIDE, y, Operand.of(y), Operand.pyInt(div)); // NumPy's denormal guard
                Ufuncs.callInto(UfuncKind.MULTIPLY, y, Operand.of(y), delta);
            } else {
                Ufuncs.callInto(UfuncKind.MULTIPLY, y, Operand.of(y), Operand.of(step));
            }
        } else {
            y = (NdArray) Ufuncs.call(UfuncKind.MULTIPLY, Operand.of(y), delta);
        }
        Ufuncs.callInto(UfuncKind.ADD, y, Operand.of(y), Operand.of(first));
        if (endpoint && num > 1) {
            y.put(last, num - 1);
        }
        return y;
    }

    /** A Python number as the complex128 NumPy's array converter and the cast to the result type make of it. */
    private static Scalar complex(Object v) {
        if (v instanceof PyComplex c) {
            return Scalar.ofComplex(DType.COMPLEX128, c.re(), c.im());
        }
        if (v instanceof Scalar || !Operators.isPythonNumber(v)) {
            // a NumPy scalar decides the computation's dtype (complex64 computes in single precision)
            throw new UnsupportedFeature("np.linspace with a complex bound and a NumPy scalar or other non-Python-number bound");
        }
        return Scalar.ofComplex(DType.COMPLEX128, PyNumbers.toDouble(v), 0);
    }
}
