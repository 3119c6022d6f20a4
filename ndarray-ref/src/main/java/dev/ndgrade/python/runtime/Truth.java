package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;

/** Python truthiness, with NumPy's refusal to guess for arrays of several elements. */
public final class Truth {
    private Truth() {
    }

    public static boolean isTrue(Object v) {
        if (v instanceof Boolean b) {
            return b;
        } else if (v instanceof PyNone) {
            return false;
        } else if (v instanceof BigInteger i) {
            return i.signum() != 0;
        } else if (v instanceof Double d) {
            return d != 0.0;
        } else if (v instanceof String s) {
            return !s.isEmpty();
        } else if (v instanceof PyList l) {
            return !l.items().isEmpty();
        } else if (v instanceof PyTuple t) {
            return !t.items().isEmpty();
        } else if (v instanceof PyDict d) {
            return d.size() > 0;
        } else if (v instanceof PySet set) {
            return set.size() > 0;
        } else if (v instanceof DictView view) {
            return view.dict().size() > 0;
        } else if (v instanceof PyRange r) {
            return r.length() > 0;
        } else if (v instanceof PyComplex c) {
            return c.re() != 0 || c.im() != 0;
        } else if (v instanceof Scalar s) {
            return s.isTrue();
        } else if (v instanceof PyInstance i) {
            return SpecialMethods.isTrue(i);
        } else if (v instanceof NdArray a) {
            if (a.size() == 1) {
                return a.item().isTrue();
            }
            if (a.size() == 0) {
                throw PyException.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
            }
            throw PyException.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
        }
        return true;
    }
}
