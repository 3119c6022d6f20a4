package dev.ndgrade.ndarray;

/**
 * Writes one array's values into another ({@code dst[...] = src}): broadcasting src to dst's shape, casting to dst's
 * dtype, and reading all of src before writing when the two overlap in memory, as NumPy does.
 */
public final class Assign {
    private Assign() {
    }

    /** {@code dst[...] = src}; src must broadcast to dst's shape. Checks dst is writeable. */
    public static void assign(NdArray dst, NdArray src) {
        dst.requireWriteable();
        NdArray source = Broadcasting.to(src, dst.shape(), true);
        if (Overlap.needsCopyFirst(dst, source)) {
            source = Copies.copy(source, 'K', ViewOrigin.copy("overlap copy", "the value overlaps the destination"));
            source = Broadcasting.to(source, dst.shape(), true);
        }
        copyValues(source, dst);
    }


    /** Copies values element by element (C order), src already of dst's shape; no overlap handling. */
    static void copyValues(NdArray src, NdArray dst) {
        StridedLoop.run(dst.shape(), src.offset(), src.strides(), dst.offset(), dst.strides(),
                rowCopier(src.dtype(), src.buffer(), dst.dtype(), dst.buffer()));
    }

    static StridedLoop.Row rowCopier(DType st, Buffer sb, DType dt, Buffer db) {
        if (st.equals(dt)) {
            int size = st.itemsize();
            return (so, ss, dOff, ds, n) -> copySameType(sb, so, ss, db, dOff, ds, n, size);
        }
        if (dt instanceof DType.Float f && !(st instanceof DType.Complex)) {
            return (so, ss, dOff, ds, n) -> {
                for (long i = 0; i < n; i++) {
                    Elements.writeDouble(f, db, dOff + i * ds, Elements.read(st, sb, so + i * ss).asDouble());
                }
            };
        }
        if (dt instanceof DType.Int it && (st instanceof DType.Int || st instanceof DType.Bool)) {
            return (so, ss, dOff, ds, n) -> {
                for (long i = 0; i < n; i++) {
                    Elements.writeLong(it, db, dOff + i * ds, Elements.toLong(Elements.read(st, sb, so + i * ss)));
                }
            };
        }
        return (so, ss, dOff, ds, n) -> {
            for (long i = 0; i < n; i++) {
                Elements.write(dt, db, dOff + i * ds, Elements.read(st, sb, so + i * ss));
            }
        };
    }

    private static void copySameType(Buffer sb, long so, long ss, Buffer db, long dOff, long ds, long n, int size) {
        if (ss == size && ds == size) {
            Buffer.copyBytes(sb, so, db, dOff, n * size);
            return;
        }
        switch (size) {
            case 8 -> {
                for (long i = 0; i < n; i++) {
                    db.putLong(dOff + i * ds, sb.getLong(so + i * ss));
                }
            }
            case 4 -> {
                for (long i = 0; i < n; i++) {
                    db.putInt(dOff + i * ds, sb.getInt(so + i * ss));
                }
            }
            case 2 -> {
                for (long i = 0; i < n; i++) {
                    db.putShort(dOff + i * ds, sb.getShort(so + i * ss));
                }
            }
            case 1 -> {
                for (long i = 0; i < n; i++) {
                    db.putByte(dOff + i * ds, sb.getByte(so + i * ss));
                }
            }
            default -> {
                for (long i = 0; i < n; i++) {
                    Buffer.copyBytes(sb, so + i * ss, db, dOff + i * ds, size);
                }
            }
        }
    }
}
