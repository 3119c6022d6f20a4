package dev.ndgrade.python.runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The special methods a snippet's classes may define ({@link ClassDefinition#SPECIAL_METHODS}), called where
 * CPython's type slots call them: repr and str, ==, len and truth, subscripts.
 */
final class SpecialMethods {
    private SpecialMethods() {
    }

    private static Object call(PyInstance self, String name, Object... args) {
        Object f = Classes.lookup(self.type(), name);
        return Classes.callMethod(f, self, new Args(name + "()", List.of(args), Map.of()));
    }

    private static boolean defines(Object v, String name) {
        return v instanceof PyInstance i && Classes.lookup(i.type(), name) != null;
    }

    static String repr(Object self) {
        return text((PyInstance) self, "__repr__");
    }

    static String str(Object self) {
        return text((PyInstance) self, "__str__");
    }

    private static String text(PyInstance self, String name) {
        Object s = call(self, name);
        if (!(s instanceof String text)) {
            throw PyException.typeError(name + " returned non-string (type " + Types.shortName(s) + ")");
        }
        return text;
    }

    /**
     * {@code l == r} or {@code l != r} with an instance on one side: the left's {@code __eq__}, else the right's
     * reflected one, else identity; {@code !=} negates {@code __eq__}'s answer, as object's default {@code __ne__}.
     */
    static Object equality(boolean equal, Object l, Object r) {
        Object result;
        if (defines(l, "__eq__")) {
            result = call((PyInstance) l, "__eq__", r);
        } else if (defines(r, "__eq__")) {
            result = call((PyInstance) r, "__eq__", l);
        } else {
            return equal == (l == r);
        }
        return equal ? result : !Truth.isTrue(result);
    }

    /** {@code len(obj)}: {@code __len__}'s answer, which must be a non-negative int. */
    static long len(PyInstance self) {
        if (!defines(self, "__len__")) {
            throw PyException.typeError("object of type '" + self.type().name() + "' has no len()");
        }
        Object n = call(self, "__len__");
        if (!(n instanceof BigInteger i) || i.signum() < 0 || i.bitLength() > 63) {
            throw new UnsupportedFeature("__len__ returning " + Repr.repr(n));
        }
        return i.longValueExact();
    }

    /** Truth: an instance is true unless its {@code __len__} says 0. */
    static boolean isTrue(PyInstance self) {
        return !defines(self, "__len__") || len(self) != 0;
    }

    static Object getItem(PyInstance self, Object index) {
        if (!defines(self, "__getitem__")) {
            throw PyException.typeError("'" + self.type().name() + "' object is not subscriptable");
        }
        return call(self, "__getitem__", index);
    }

    /** Iteration (for, in, unpacking): none of a snippet's classes is iterable, and __getitem__'s protocol is not modelled. */
    static RuntimeException notIterable(PyInstance self, String message) {
        return defines(self, "__getitem__") ? new UnsupportedFeature("iterating over objects with __getitem__")
                : PyException.typeError(message);
    }
}
