package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NumpyException;

import java.util.List;

/**
 * Where Python's operator protocol, not the ufunc, answers for scalar operands. NumPy's complex scalars return
 * NotImplemented for {@code //} and {@code %}; so do Python numbers facing them, and NumPy scalars whose promotion with
 * them is that very complex type (they defer to it). Python then raises "unsupported operand type(s)". Any other
 * partner — a {@code numpy.bool}, a scalar that promotes to a wider type, an array — goes through the ufunc and its
 * own error message.
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

    /** Whether a NumPy scalar of type {@code t} returns NotImplemented against a complex scalar. */
    private static boolean defersTo(DType t, DType complex) {
        if (t instanceof DType.Complex) {
            return true;
        }
        return !(t instanceof DType.Bool) && TypePromotion.promoteTypes(t, complex).equals(complex);
    }
}
