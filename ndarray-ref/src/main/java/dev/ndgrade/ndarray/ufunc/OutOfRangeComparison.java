package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;

import java.math.BigInteger;
import java.util.List;

/**
 * Comparisons of a typed integer operand with a Python int its dtype cannot hold ({@code uint8_array < 300},
 * {@code int8_array == 2**70}): NumPy 2 answers them exactly — every element is below (or above) such an int — where
 * arithmetic with the same int raises OverflowError.
 */
final class OutOfRangeComparison {
    private OutOfRangeComparison() {
    }

    /** The constant answer when operand {@code i} is such an int, else null. */
    static Boolean outcome(UfuncKind f, List<Operand> ops, int i, DType loopType) {
        if (!(ops.get(i) instanceof Operand.PyInt p) || !(loopType instanceof DType.Int t)) {
            return null;
        }
        Operand other = ops.get(1 - i);
        boolean typedInteger = !other.isWeak() && TypePromotion.strongType(other) instanceof DType.Int;
        if (!typedInteger || ScalarConversion.fits(p.value(), t)) {
            return null;
        }
        int side = p.value().compareTo(BigInteger.ZERO) > 0 ? 1 : -1; // the int lies above (or below) every element
        return Comparison.of(f).holds(i == 0 ? side : -side);
    }
}
