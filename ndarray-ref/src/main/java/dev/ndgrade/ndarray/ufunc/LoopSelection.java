package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.error.NumpyException;

import java.util.ArrayList;
import java.util.List;

/**
 * Which inner loop a ufunc runs for its operands: promote the operands' dtypes (NEP 50), then take the first loop of
 * the ufunc's table the promoted dtype casts to safely, as NumPy's type resolution does. Also raises NumPy's
 * refusals: boolean subtract and negative, and "not supported for the input types".
 */
final class LoopSelection {
    private LoopSelection() {
    }

    private static final List<DType> INTS = List.of(DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
            DType.UINT32, DType.INT64, DType.UINT64);
    private static final List<DType> FLOATS = List.of(DType.FLOAT32, DType.FLOAT64);
    private static final List<DType> COMPLEX = List.of(DType.COMPLEX64, DType.COMPLEX128);

    static Loop resolve(UfuncKind f, List<Operand> operands) {
        refuseWidePythonInts(f, operands);
        DType common = TypePromotion.resultType(operands);
        if (f.isComparison()) {
            Loop mixed = mixedSignComparison(operands, common);
            if (mixed != null) {
                return mixed;
            }
        }
        refuseBooleans(f, common);
        if (f == UfuncKind.TRUE_DIVIDE && !(common instanceof DType.Float || common instanceof DType.Complex)) {
            return Loop.uniform(2, DType.FLOAT64, DType.FLOAT64); // integer true division always runs 'dd->d'
        }
        for (DType t : table(f)) {
            if (TypePromotion.canCast(common, t, Casting.SAFE)) {
                refuseHalfPrecision(f, common, t);
                return Loop.uniform(f.nin(), t, outputFor(f, t));
            }
        }
        throw NumpyException.typeError("ufunc '" + f.numpyName() + "' not supported for the input types, and the inputs"
                + " could not be safely coerced to any supported types according to the casting rule ''safe''");
    }

    /**
     * With only Python scalars as operands, NumPy makes a Python int beyond int64 a uint64 or object array, whose
     * loops (Python's own arithmetic on objects) ndgrade does not run.
     */
    private static void refuseWidePythonInts(UfuncKind f, List<Operand> operands) {
        boolean allPython = operands.stream().allMatch(op -> op.isWeak() || op instanceof Operand.PyBool);
        boolean wide = operands.stream().anyMatch(op -> op instanceof Operand.PyInt i && i.value().bitLength() > 63);
        if (allPython && wide) {
            throw new Unreproducible("np." + f.numpyName() + " of Python ints beyond int64 (NumPy converts them to "
                    + "uint64 or object arrays)");
        }
    }

    /**
     * The inexact-only ufuncs (sqrt, rint, fabs, signbit) have a float16 loop before float32, which booleans and 8-bit
     * integers cast to safely; ndgrade has no float16.
     */
    private static void refuseHalfPrecision(UfuncKind f, DType common, DType loopType) {
        if (loopType.equals(DType.FLOAT32) && !(common instanceof DType.Float) && common.itemsize() == 1) {
            throw new Unreproducible("np." + f.numpyName() + " of " + common.name() + " values (NumPy runs its float16 loop)");
        }
    }

    private static void refuseBooleans(UfuncKind f, DType common) {
        if (!(common instanceof DType.Bool)) {
            return;
        }
        switch (f) {
            case SUBTRACT -> throw NumpyException.typeError("numpy boolean subtract, the `-` operator, is not supported, "
                    + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
            case NEGATIVE -> throw NumpyException.typeError("The numpy boolean negative, the `-` operator, is not "
                    + "supported, use the `~` operator or the logical_not function instead.");
            case POSITIVE -> throw new NumpyException("UFuncTypeError", "ufunc 'positive' did not contain a loop with "
                    + "signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
            case SIGN -> throw new NumpyException("UFuncTypeError", "ufunc 'sign' did not contain a loop with "
                    + "signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
            default -> { }
        }
    }

    /**
     * NumPy 2 compares signed with unsigned integers exactly (its {@code qQ->?} and {@code Qq->?} loops) instead of
     * going through float64: each side is widened within its own signedness.
     */
    private static Loop mixedSignComparison(List<Operand> operands, DType common) {
        if (common instanceof DType.Int) {
            return null;
        }
        List<DType> inputs = new ArrayList<>();
        for (Operand op : operands) {
            if (op.isWeak() || !(TypePromotion.strongType(op) instanceof DType.Int t)) {
                return null;
            }
            inputs.add(t.signed() ? DType.INT64 : DType.UINT64);
        }
        return new Loop(inputs, DType.BOOL);
    }

    /** The loop dtypes of each ufunc, in NumPy's order (its {@code ufunc.types} restricted to ndgrade's dtypes). */
    private static List<DType> table(UfuncKind f) {
        return switch (f) {
            case ADD, MULTIPLY, EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, ABSOLUTE, ISNAN, ISINF,
                 ISFINITE, MAXIMUM, MINIMUM, FMAX, FMIN -> DType.ALL;
            case SUBTRACT, POWER, NEGATIVE, POSITIVE, SQUARE, RECIPROCAL, SIGN, CONJUGATE -> concat(INTS, FLOATS, COMPLEX);
            case SQRT, RINT -> concat(FLOATS, COMPLEX);
            case FABS, SIGNBIT -> FLOATS;
            case FLOOR, CEIL, TRUNC -> concat(List.of(DType.BOOL), INTS, FLOATS);
            case TRUE_DIVIDE -> concat(FLOATS, COMPLEX);
            case FLOOR_DIVIDE, REMAINDER -> concat(INTS, FLOATS);
            case BITWISE_AND, BITWISE_OR, BITWISE_XOR, INVERT -> concat(List.of(DType.BOOL), INTS);
        };
    }

    private static DType outputFor(UfuncKind f, DType loopType) {
        if (f.isComparison() || f.isPredicate()) {
            return DType.BOOL;
        }
        if (f == UfuncKind.ABSOLUTE && loopType instanceof DType.Complex c) {
            return c.part();
        }
        return loopType;
    }

    @SafeVarargs
    private static List<DType> concat(List<DType>... parts) {
        List<DType> out = new ArrayList<>();
        for (List<DType> p : parts) {
            out.addAll(p);
        }
        return List.copyOf(out);
    }
}
