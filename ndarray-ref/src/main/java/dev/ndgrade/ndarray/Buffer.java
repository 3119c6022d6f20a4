package dev.ndgrade.ndarray;

import dev.ndgrade.limits.LimitExceeded;
import dev.ndgrade.limits.Meter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.BitSet;
import java.util.function.LongConsumer;

/**
 * A block of array data: bytes with an identity. Every array reads and writes elements through the one
 * buffer it was made on; views share it, copies get a new one (NumPy's {@code data} pointer and its owner).
 *
 * <p>Byte order is little-endian, NumPy's native order on the machines ndgrade targets. Buffers are
 * limited to {@code Integer.MAX_VALUE - 8} bytes (about 2 GiB), the largest Java byte array. Every allocation is
 * charged to the {@linkplain Meter#current() current meter} first: whether NumPy could allocate a large array depends
 * on the machine's memory (its {@code MemoryError} is not reproducible), so a refused one is a limit, never NumPy's
 * answer.
 */
public final class Buffer {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    /**
     * Who is told of each allocation made on this thread, before it is made, if anyone: the interpreter's peak
     * tracker, which must see every buffer NumPy would allocate, however deep in the array layer.
     */
    private static final ThreadLocal<LongConsumer> ALLOCATIONS = new ThreadLocal<>();

    private final byte[] bytes;
    private final long tracedBytes;
    /**
     * The bytes {@code np.empty} handed out that nothing has written since: NumPy leaves whatever the allocator found
     * there, so no answer can be computed from them. Null (the common case, one branch per access) once every byte
     * is defined.
     */
    private BitSet undefined;
    private int undefinedCount;

    private Buffer(byte[] bytes, long tracedBytes) {
        this.bytes = bytes;
        this.tracedBytes = tracedBytes;
    }

    /**
     * A zero-filled buffer for {@code nbytes} bytes of data. Like NumPy, a request for 0 bytes allocates (and is
     * counted as) 1 byte.
     */
    public static Buffer allocate(long nbytes) {
        long n = Math.max(1, nbytes);
        charge(n);
        return new Buffer(new byte[(int) n], n);
    }

    /** Tells {@code observer} (or nobody, when null) of every allocation this thread makes from now on. */
    public static void observeAllocations(LongConsumer observer) {
        if (observer == null) {
            ALLOCATIONS.remove();
        } else {
            ALLOCATIONS.set(observer);
        }
    }

    private static void charge(long nbytes) {
        if (nbytes < 0) {
            throw new IllegalArgumentException("a buffer of " + nbytes + " bytes");
        }
        Meter.current().allocate(nbytes);
        announce(nbytes);
        if (nbytes > MAX_BYTES) {
            throw new LimitExceeded("an array of " + nbytes + " bytes exceeds the " + MAX_BYTES
                    + " bytes ndgrade holds in one array");
        }
    }

    private static void announce(long nbytes) {
        LongConsumer observer = ALLOCATIONS.get();
        if (observer != null) {
            observer.accept(nbytes);
        }
    }

    /**
     * A new buffer holding a copy of {@code nbytes} bytes of {@code src} from {@code from}: one pass, no zeroing first
     * (the fast path of a contiguous copy).
     */
    public static Buffer copyOf(Buffer src, long from, long nbytes) {
        if (nbytes == 0) {
            return allocate(0);
        }
        charge(nbytes);
        byte[] bytes = java.util.Arrays.copyOfRange(src.bytes, (int) from, Math.toIntExact(from + nbytes));
        Buffer copy = new Buffer(bytes, nbytes);
        copy.copyUndefined(src, from, 0, nbytes);
        return copy;
    }

    /** Marks every byte undefined, as {@code np.empty} leaves them; writes define them again. */
    public void leaveUndefined() {
        undefined = new BitSet(bytes.length);
        undefined.set(0, bytes.length);
        undefinedCount = bytes.length;
    }

    /** Whether the {@code n} bytes at {@code off} have all been written (always, unless made by {@code np.empty}). */
    public boolean isDefined(long off, long n) {
        if (undefined == null) {
            return true;
        }
        int next = undefined.nextSetBit((int) off);
        return next < 0 || next >= off + n;
    }

    private void read(long off, int n) {
        if (!isDefined(off, n)) {
            throw new Unreproducible("reading the values of np.empty memory before they are written (NumPy shows whatever bytes were there)");
        }
    }

    private void written(long off, long n) {
        if (undefined == null) {
            return;
        }
        int from = (int) off;
        int to = (int) (off + n);
        undefinedCount -= undefined.get(from, to).cardinality();
        undefined.clear(from, to);
        if (undefinedCount == 0) {
            undefined = null;
        }
    }

    /** Bytes this buffer holds alive: what NumPy's tracemalloc domain counts for it. */
    public long nbytes() {
        return tracedBytes;
    }

    /** The raw bytes, for bulk loops in this module. */
    byte[] bytes() {
        return bytes;
    }

    public byte getByte(long off) { read(off, 1); return bytes[(int) off]; }
    public short getShort(long off) { read(off, 2); return (short) SHORT.get(bytes, (int) off); }
    public int getInt(long off) { read(off, 4); return (int) INT.get(bytes, (int) off); }
    public long getLong(long off) { read(off, 8); return (long) LONG.get(bytes, (int) off); }
    public float getFloat(long off) { read(off, 4); return (float) FLOAT.get(bytes, (int) off); }
    public double getDouble(long off) { read(off, 8); return (double) DOUBLE.get(bytes, (int) off); }

    public void putByte(long off, byte v) { written(off, 1); bytes[(int) off] = v; }
    public void putShort(long off, short v) { written(off, 2); SHORT.set(bytes, (int) off, v); }
    public void putInt(long off, int v) { written(off, 4); INT.set(bytes, (int) off, v); }
    public void putLong(long off, long v) { written(off, 8); LONG.set(bytes, (int) off, v); }
    public void putFloat(long off, float v) { written(off, 4); FLOAT.set(bytes, (int) off, v); }
    public void putDouble(long off, double v) { written(off, 8); DOUBLE.set(bytes, (int) off, v); }

    /**
     * Writes {@code n} longs from {@code src} starting at byte {@code off}, contiguously. A bulk copy inside the JDK:
     * fast from the first call, before the JIT has compiled any loop of ours.
     */
    public void putLongs(long off, long[] src, int from, int n) {
        written(off, 8L * n);
        java.nio.ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).position((int) off).asLongBuffer().put(src, from, n);
    }


    /** Copies {@code n} bytes between buffers (or within one); overlapping ranges are handled like memmove. */
    public static void copyBytes(Buffer src, long srcOff, Buffer dst, long dstOff, long n) {
        System.arraycopy(src.bytes, (int) srcOff, dst.bytes, (int) dstOff, (int) n);
        dst.copyUndefined(src, srcOff, dstOff, n);
    }

    /**
     * A byte copy moves garbage as garbage: the copied bytes are defined where the source's were (read before this
     * buffer's marks change, so a copy within one buffer is right too).
     */
    private void copyUndefined(Buffer src, long srcOff, long dstOff, long n) {
        BitSet moved = src.undefined == null ? null : src.undefined.get((int) srcOff, (int) (srcOff + n));
        written(dstOff, n);
        if (moved == null || moved.isEmpty()) {
            return;
        }
        if (undefined == null) {
            undefined = new BitSet(bytes.length);
        }
        moved.stream().forEach(i -> undefined.set((int) dstOff + i));
        undefinedCount = undefined.cardinality();
    }

    @Override
    public String toString() {
        return "Buffer@" + Integer.toHexString(System.identityHashCode(this)) + "[" + tracedBytes + " bytes]";
    }
}
