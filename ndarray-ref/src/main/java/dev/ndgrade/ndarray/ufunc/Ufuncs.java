package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.NdArray;

import java.util.List;

/**
 * The ufunc facade: NumPy 2.4's elementwise operators and reductions on {@link NdArray}s.
 *
 * <p>Results follow NumPy exactly: dtypes by NEP 50 promotion, NumPy's error types and messages (in
 * {@link dev.ndgrade.ndarray.NumpyException}), results laid out like the inputs (order 'K'), and a NumPy
 * {@link dev.ndgrade.ndarray.Scalar} instead of an array when every operand is 0-d. {@link UfuncKind#POWER} is
 * Python's {@code **} operator: an ndarray base with the exponent 2, -1 or 0.5 takes NumPy's square / reciprocal /
 * sqrt shortcut, as {@code a ** 2} does (and {@code np.power} does not).
 */
public final class Ufuncs {
    private Ufuncs() {
    }

    /**
     * {@code f(inputs...)}, e.g. {@code a + b}: a new array ({@link dev.ndgrade.ndarray.ViewOrigin} fresh
     * {@code "np.add"}), or a {@link dev.ndgrade.ndarray.Scalar} when every input is 0-d or a scalar.
     */
    public static Object call(UfuncKind f, Operand... inputs) {
        return Elementwise.run(f, List.of(inputs), null);
    }

    /**
     * {@code f(inputs..., out=out)}, and augmented assignment ({@code a += b} is {@code callInto(ADD, a, a, b)}):
     * writes into {@code out} with casting rule 'same_kind' and returns {@code out} itself. Inputs overlapping
     * {@code out} are read as they were before the call.
     */
    public static NdArray callInto(UfuncKind f, NdArray out, Operand... inputs) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        return (NdArray) Elementwise.run(f, List.of(inputs), out);
    }
}
