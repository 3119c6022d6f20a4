package dev.ndgrade.python.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Python's hashing rules for dict keys: equal numbers are one key ({@code 1 == 1.0 == True}); lists are unhashable. */
final class Hashing {
    private Hashing() {
    }

    static Object key(Object k) {
        if (k instanceof Boolean b) {
            return BigInteger.valueOf(b ? 1 : 0);
        }
        if (k instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return new java.math.BigDecimal(d).toBigInteger();
        }
        if (k instanceof PyTuple t) {
            List<Object> parts = new ArrayList<>();
            for (Object o : t.items()) {
                parts.add(key(o));
            }
            return parts;
        }
        if (k instanceof PyList || k instanceof PyDict || k instanceof dev.ndgrade.ndarray.NdArray
                || k instanceof PyInstance i && Classes.lookup(i.type(), "__eq__") instanceof UserFunction) {
            // a class that defines __eq__ (and cannot define __hash__ here) has __hash__ = None
            throw PyException.typeError("unhashable type: '" + Types.shortName(k) + "'");
        }
        return k;
    }
}
