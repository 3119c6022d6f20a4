package dev.ndgrade.ndarray.ufunc;

import org.junit.jupiter.api.Test;

import java.util.Set;

/**
 * Replays NumPy's answers for the exactly specified math ufuncs (sqrt, floor, …, maximum, fmin) on every dtype, edge
 * values included. Refusals are allowed only where NumPy runs a loop ndgrade does not reproduce: float16 (sqrt of
 * int8), complex sqrt off the real axis, complex sign and extrema, fmax/fmin of 0.0 against -0.0, integer 1/0, and
 * Python ints beyond int64 (object loops).
 */
class MathGoldenTest {
    private static final Set<UfuncKind> MAY_REFUSE = Set.of(UfuncKind.SQRT, UfuncKind.RINT, UfuncKind.FABS,
            UfuncKind.SIGNBIT, UfuncKind.SIGN, UfuncKind.RECIPROCAL, UfuncKind.MAXIMUM, UfuncKind.MINIMUM,
            UfuncKind.FMAX, UfuncKind.FMIN, UfuncKind.ISNAN, UfuncKind.ISINF, UfuncKind.ISFINITE);

    @Test
    void exact_math_ufuncs_give_numpys_bits_on_every_dtype() {
        ElementwiseGoldenTest.replay("math.txt", true, MAY_REFUSE::contains);
    }
}
