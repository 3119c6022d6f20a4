package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;

import java.util.List;

/**
 * NumPy 2's type promotion: {@code np.can_cast}, {@code np.promote_types} and {@code np.result_type} under NEP 50,
 * where Python int/float/complex operands are weak (they adapt to the typed operands instead of being inspected for
 * their value).
 */
public final class TypePromotion {
    private TypePromotion() {
    }

    /** {@code np.can_cast(from, to, casting)}. */
    public static boolean canCast(DType from, DType to, Casting casting) {
        return switch (casting) {
            // every dtype of the reference is in native byte order, so 'equiv' is 'no'
            case NO, EQUIV -> from.equals(to);
            case SAFE -> isSafe(from, to);
            case SAME_KIND -> isSafe(from, to) || kindRank(from) <= kindRank(to);
            case UNSAFE, SAME_VALUE -> true;
        };
    }

    private static boolean isSafe(DType from, DType to) {
        if (from.equals(to) || from instanceof DType.Bool) {
            return true;
        }
        if (from instanceof DType.Int f) {
            if (to instanceof DType.Int t) {
                if (f.signed() == t.signed()) {
                    return t.itemsize() >= f.itemsize();
                }
                return !f.signed() && t.itemsize() > f.itemsize();
            }
            // Integers of up to 16 bits fit a float32's 24-bit significand; NumPy calls every int → float64 safe.
            if (to instanceof DType.Float t) {
                return t.itemsize() == 8 || f.itemsize() <= 2;
            }
            if (to instanceof DType.Complex t) {
                return t.itemsize() == 16 || f.itemsize() <= 2;
            }
            return false;
        }
        if (from instanceof DType.Float f) {
            if (to instanceof DType.Float t) {
                return t.itemsize() >= f.itemsize();
            }
            return to instanceof DType.Complex t && t.itemsize() >= 2 * f.itemsize();
        }
        return from instanceof DType.Complex f && to instanceof DType.Complex t && t.itemsize() >= f.itemsize();
    }

    private static int kindRank(DType t) {
        return switch (t.kind()) {
            case 'b' -> 0;
            case 'u' -> 1;
            case 'i' -> 2;
            case 'f' -> 3;
            default -> 4;
        };
    }

    /** {@code np.promote_types(a, b)}: the first type in NumPy's type order both cast to safely. */
    public static DType promoteTypes(DType a, DType b) {
        for (DType t : DType.ALL) {
            if (isSafe(a, t) && isSafe(b, t)) {
                return t;
            }
        }
        throw new IllegalStateException("no common type for " + a + " and " + b); // complex128 takes everything
    }

    /**
     * {@code np.result_type} of ufunc operands: the promotion of the typed operands, then adjusted by the kind of
     * the weak ones (a Python float makes integers float64 but leaves float32 alone). With only weak operands the
     * result is the default type of their highest kind (int64, float64, complex128).
     */
    public static DType resultType(List<Operand> operands) {
        DType strong = null;
        WeakKind weak = null;
        for (Operand op : operands) {
            WeakKind k = WeakKind.of(op);
            if (k != null) {
                weak = weak == null || k.ordinal() > weak.ordinal() ? k : weak;
            } else {
                DType t = strongType(op);
                strong = strong == null ? t : promoteTypes(strong, t);
            }
        }
        if (weak == null) {
            return strong;
        }
        return strong == null ? weak.defaultType : weak.combineWith(strong);
    }

    /** The dtype a typed (non-weak) operand brings. */
    static DType strongType(Operand op) {
        if (op instanceof Operand.Array a) {
            return a.array().dtype();
        } else if (op instanceof Operand.NumpyScalar s) {
            return s.value().dtype();
        } else if (op instanceof Operand.PyBool) {
            return DType.BOOL;
        }
        throw new IllegalArgumentException("weak operand has no dtype of its own: " + op);
    }

    /** The kinds of weak Python scalars, lowest first. */
    enum WeakKind {
        INT(DType.INT64), FLOAT(DType.FLOAT64), COMPLEX(DType.COMPLEX128);

        final DType defaultType;

        WeakKind(DType defaultType) {
            this.defaultType = defaultType;
        }

        static WeakKind of(Operand op) {
            if (op instanceof Operand.PyInt) {
                return INT;
            } else if (op instanceof Operand.PyFloat) {
                return FLOAT;
            } else if (op instanceof Operand.PyComplex) {
                return COMPLEX;
            }
            return null;
        }

        /** NEP 50: a weak scalar keeps the typed dtype unless that dtype cannot hold its kind at all. */
        DType combineWith(DType strong) {
            return switch (this) {
                case INT -> strong instanceof DType.Bool ? DType.INT64 : strong;
                case FLOAT -> strong instanceof DType.Bool || strong instanceof DType.Int ? DType.FLOAT64 : strong;
                case COMPLEX -> strong instanceof DType.Complex ? strong
                        : strong.equals(DType.FLOAT32) ? DType.COMPLEX64 : DType.COMPLEX128;
            };
        }
    }
}
