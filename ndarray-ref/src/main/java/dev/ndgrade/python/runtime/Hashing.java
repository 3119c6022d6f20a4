package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Python's hashing rules for dict keys: equal numbers are one key ({@code 1 == 1.0 == True}); lists are unhashable. */
final class Hashing {
    private Hashing() {
    }

    static Object key(Object k) {
        if (k instanceof Boolean b) {
            return BigInteger.valueOf(b ? 1 : 0);
        }
        if (k instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return new BigDecimal(d).toBigInteger();
        }
        if (k instanceof PyTuple t) {
            List<Object> parts = new ArrayList<>();
            for (Object o : t.items()) {
                parts.add(key(o));
            }
            return parts;
        }
        if (k instanceof PySet s && s.frozen()) {
            Set<Object> members = new HashSet<>();
            s.entries().forEach(kv -> members.add(key(kv[0])));
            return members;
        }
        if (k instanceof PyList || k instanceof PyDict || k instanceof PySet || k instanceof NdArray
                || k instanceof PyInstance i && Classes.lookup(i.type(), "__eq__") instanceof UserFunction) {
            // a class that defines __eq__ (and cannot define __hash__ here) has __hash__ = None
            throw PyException.typeError("unhashable type: '" + Types.shortName(k) + "'");
        }
        return k;
    }

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /**
     * CPython's {@code hash()} where it is deterministic: ints, bools and floats (reduced modulo 2**61 - 1 so that
     * equal numbers hash alike) and tuples of them (xxHash-style mixing). str hashes are salted per process and
     * None's, NaN's and objects' come from addresses, so those are unsupported.
     */
    static long pyHash(Object v) {
        if (v instanceof Boolean || v instanceof BigInteger) {
            BigInteger i = PyNumbers.toInt(v);
            long h = i.abs().mod(MODULUS).longValue() * i.signum();
            return h == -1 ? -2 : h;
        }
        if (v instanceof Double d) {
            return floatHash(d);
        }
        if (v instanceof PyTuple t) {
            long acc = XXPRIME_5;
            for (Object o : t.items()) {
                acc += pyHash(o) * XXPRIME_2;
                acc = Long.rotateLeft(acc, 31);
                acc *= XXPRIME_1;
            }
            acc += t.items().size() ^ (XXPRIME_5 ^ 3527539L);
            return acc == -1 ? 1546275796 : acc;
        }
        key(v); // unhashable types raise their TypeError
        throw new UnsupportedFeature("hash() of a " + Types.shortName(v) + " (CPython's value changes from run to run)");
    }

    private static long floatHash(double d) {
        if (Double.isNaN(d)) {
            throw new UnsupportedFeature("hash() of NaN (CPython's value is the object's address)");
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e300) {
            return pyHash(new BigDecimal(d).toBigInteger());
        }
        // d = m * 2**e exactly; 2**61 is 1 modulo 2**61 - 1, so 2**e reduces to a rotation by e mod 61
        long bits = Double.doubleToRawLongBits(d);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long m = rawExp == 0 ? (bits & 0xFFFFFFFFFFFFFL) << 1 : (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        int e = (rawExp == 0 ? 1 : rawExp) - 1075;
        BigInteger h = BigInteger.valueOf(m).mod(MODULUS);
        int shift = Math.floorMod(e, 61);
        h = h.shiftLeft(shift).mod(MODULUS);
        long r = h.longValue() * (d < 0 ? -1 : 1);
        return r == -1 ? -2 : r;
    }
}
