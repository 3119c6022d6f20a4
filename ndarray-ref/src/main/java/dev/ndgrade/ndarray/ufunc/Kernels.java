package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;

/** Picks the inner loop of a ufunc for a resolved {@link Loop}, by the dtype family of its inputs. */
final class Kernels {
    private Kernels() {
    }

    static BinaryLoop binary(UfuncKind f, Loop loop) {
        DType t = loop.input(0);
        if (f.isExtremum()) {
            return Extrema.loop(f, t);
        }
        DType u = loop.input(1);
        if (t instanceof DType.Int ti && u instanceof DType.Int ui && !t.equals(u)) {
            return IntKernels.comparison(f, ti, ui); // NumPy's mixed-sign comparison loops
        }
        if (t instanceof DType.Bool) {
            return BoolKernels.binary(f);
        } else if (t instanceof DType.Int i) {
            return IntKernels.binary(f, i);
        } else if (t instanceof DType.Float fl) {
            return FloatKernels.binary(f, fl);
        }
        return ComplexKernels.binary(f, (DType.Complex) t);
    }

    static UnaryLoop unary(UfuncKind f, Loop loop) {
        DType t = loop.input(0);
        if (f.isPredicate()) {
            return Predicates.loop(f, t);
        }
        if (t instanceof DType.Bool) {
            return BoolKernels.unary(f);
        } else if (t instanceof DType.Int i) {
            return IntKernels.unary(f, i);
        } else if (t instanceof DType.Float fl) {
            return FloatKernels.unary(f, fl);
        }
        return ComplexKernels.unary(f, (DType.Complex) t);
    }
}
