package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Scalar;

import java.util.List;

/**
 * Where Python's operator protocol, not the ufunc, answers for scalar operands. NumPy's complex scalars return
 * NotImplemented for {@code //} and {@code %}; so do Python numbers facing them, and NumPy scalars whose promotion with
 * them is that very complex type (they defer to it). Python then raises "unsupported operand type(s)". Any other
 * partner — a {@code numpy.bool}, a scalar that promotes to a wider type, an array — goes through the ufunc and its
 * own error message. NumPy's scalar code also computes {@code abs()} of complex scalars its own way.
 */
final class ScalarOperators {
    private ScalarOperators() {
    }

    static void refuseUnsupported(UfuncKind f, List<Operand> ops) {
        if (f != UfuncKind.FLOOR_DIVIDE && f != UfuncKind.REMAINDER) {
            return;
        }
        DType complex = null;
        for (Operand op : ops) {
            if (op instanceof Operand.Array) {
                return;
            }
            if (op instanceof Operand.NumpyScalar s && s.value().dtype() instanceof DType.Complex c) {
                complex = complex == null ? c : TypePromotion.promoteTypes(complex, c);
            }
        }
        if (complex == null) {
            return;
        }
        for (Operand op : ops) {
            if (op instanceof Operand.NumpyScalar s && !defersTo(s.value().dtype(), complex)) {
                return; // this scalar's operator handles the call through the ufunc
            }
        }
        throw NumpyException.typeError("unsupported operand type(s) for " + f.operator() + ": '"
                + ops.get(0).pythonTypeName() + "' and '" + ops.get(1).pythonTypeName() + "'");
    }

    /**
     * {@code abs()} of a complex NumPy scalar: NumPy's scalar code calls the C library's correctly rounded
     * {@code hypot}, where the array loop uses its own formula. Null for any other call.
     */
    static Scalar scalarAbsolute(UfuncKind f, List<Operand> ops) {
        if (f == UfuncKind.ABSOLUTE && ops.get(0) instanceof Operand.NumpyScalar s
                && s.value() instanceof Scalar.ComplexValue c) {
            return Scalar.ofFloat(c.type().part(), FloatMath.hypot(c.re(), c.im()));
        }
        return null;
    }

    /**
     * {@code **} of scalars that NumPy's scalar math computes with C's {@code pow} rather than the ufunc's vector
     * loop: a NumPy float scalar whose own type is the result's ({@code np.float64(27) ** (1 / 3.)} is 3.0, while
     * {@code np.int64(27) ** (1 / 3.)}, which has no such scalar, goes through the loop). Null for any other call.
     */
    static Scalar scalarPower(UfuncKind f, List<Operand> ops) {
        if (f != UfuncKind.POWER || ops.stream().anyMatch(op -> op instanceof Operand.Array)) {
            return null;
        }
        DType result = TypePromotion.resultType(ops);
        boolean ownType = ops.stream().anyMatch(op -> op instanceof Operand.NumpyScalar s && s.value().dtype().equals(result));
        if (!(result instanceof DType.Float t) || !ownType) {
            return null;
        }
        double x = ScalarConversion.toType(ops.get(0), t).asDouble();
        double y = ScalarConversion.toType(ops.get(1), t).asDouble();
        return Scalar.ofFloat(t, FloatMath.pow(x, y));
    }

    /** Whether a NumPy scalar of type {@code t} returns NotImplemented against a complex scalar. */
    private static boolean defersTo(DType t, DType complex) {
        if (t instanceof DType.Complex) {
            return true;
        }
        return !(t instanceof DType.Bool) && TypePromotion.promoteTypes(t, complex).equals(complex);
    }
}
