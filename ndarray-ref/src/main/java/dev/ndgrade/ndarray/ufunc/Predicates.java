package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;

import java.util.function.DoublePredicate;

/**
 * Inner loops of isnan, isinf, isfinite and signbit, which write a boolean for each element. Booleans and integers
 * are never nan nor infinite; a complex number is nan or infinite when either part is, finite when both are.
 */
final class Predicates {
    private Predicates() {
    }

    static UnaryLoop loop(UfuncKind f, DType t) {
        DoublePredicate p = predicate(f);
        if (t instanceof DType.Float ft) {
            return (a, ao, as, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    put(o, oo + i * os, p.test(Elements.readDouble(ft, a, ao + i * as)));
                }
            };
        }
        if (t instanceof DType.Complex c) {
            int half = c.itemsize() / 2;
            boolean both = f == UfuncKind.ISFINITE;
            return (a, ao, as, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    long x = ao + i * as;
                    boolean re = p.test(ComplexKernels.part(a, x, half));
                    boolean im = p.test(ComplexKernels.part(a, x + half, half));
                    put(o, oo + i * os, both ? re && im : re || im);
                }
            };
        }
        boolean constant = f == UfuncKind.ISFINITE; // signbit has no integer loops: LoopSelection picks a float one
        return (a, ao, as, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                put(o, oo + i * os, constant);
            }
        };
    }

    private static DoublePredicate predicate(UfuncKind f) {
        return switch (f) {
            case ISNAN -> Double::isNaN;
            case ISINF -> Double::isInfinite;
            case ISFINITE -> Double::isFinite;
            case SIGNBIT -> x -> (Double.doubleToRawLongBits(x) < 0);
            default -> throw new IllegalArgumentException("not a predicate: " + f);
        };
    }

    private static void put(Buffer o, long off, boolean v) {
        o.putByte(off, v ? (byte) 1 : 0);
    }
}
