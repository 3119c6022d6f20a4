package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;

/**
 * Element conversions between dtypes as C casts do them: inputs cast to a loop's dtype, and loop results written to an
 * {@code out=} array of another dtype. Reading goes through one of three views of a value (integer, real part,
 * imaginary part) so that every pair of dtypes needs no code of its own.
 */
final class Casts {
    private Casts() {
    }

    private interface RealReader {
        double read(Buffer b, long off);
    }

    private interface IntegerReader {
        long read(Buffer b, long off);
    }

    static UnaryLoop between(DType from, DType to) {
        if (to instanceof DType.Bool) {
            RealReader re = real(from);
            RealReader im = imag(from);
            return (a, ao, as, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    long x = ao + i * as;
                    o.putByte(oo + i * os, re.read(a, x) != 0 || im.read(a, x) != 0 ? (byte) 1 : 0);
                }
            };
        }
        if (to instanceof DType.Int t) {
            IntegerReader in = integer(from);
            return (a, ao, as, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    Elements.writeLong(t, o, oo + i * os, in.read(a, ao + i * as));
                }
            };
        }
        if (to instanceof DType.Float t) {
            RealReader re = real(from);
            return (a, ao, as, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    Elements.writeDouble(t, o, oo + i * os, re.read(a, ao + i * as));
                }
            };
        }
        DType.Complex c = (DType.Complex) to;
        int half = c.itemsize() / 2;
        RealReader re = real(from);
        RealReader im = imag(from);
        return (a, ao, as, o, oo, os, n) -> {
            for (long i = 0; i < n; i++) {
                long x = ao + i * as;
                long z = oo + i * os;
                ComplexKernels.putPart(o, z, half, re.read(a, x));
                ComplexKernels.putPart(o, z + half, half, im.read(a, x));
            }
        };
    }

    private static RealReader real(DType t) {
        if (t instanceof DType.Bool) {
            return (b, off) -> b.getByte(off) != 0 ? 1 : 0;
        } else if (t instanceof DType.Int i) {
            return (b, off) -> Unsigned.toDouble(i, Elements.readLong(i, b, off));
        } else if (t instanceof DType.Float f) {
            return (b, off) -> Elements.readDouble(f, b, off);
        }
        int half = t.itemsize() / 2;
        return (b, off) -> ComplexKernels.part(b, off, half);
    }

    private static RealReader imag(DType t) {
        if (t instanceof DType.Complex) {
            int half = t.itemsize() / 2;
            return (b, off) -> ComplexKernels.part(b, off + half, half);
        }
        return (b, off) -> 0;
    }

    private static IntegerReader integer(DType t) {
        if (t instanceof DType.Bool) {
            return (b, off) -> b.getByte(off) != 0 ? 1 : 0;
        } else if (t instanceof DType.Int i) {
            return (b, off) -> Elements.readLong(i, b, off);
        }
        RealReader re = real(t);
        return (b, off) -> Elements.castDouble(re.read(b, off));
    }
}
