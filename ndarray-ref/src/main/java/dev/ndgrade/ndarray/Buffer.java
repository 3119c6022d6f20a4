package dev.ndgrade.ndarray;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A block of array data: bytes with an identity. Every array reads and writes elements through the one
 * buffer it was made on; views share it, copies get a new one (NumPy's {@code data} pointer and its owner).
 *
 * <p>Byte order is little-endian, NumPy's native order on the machines ndgrade targets. Buffers are
 * limited to {@code Integer.MAX_VALUE - 8} bytes (about 2 GiB), the largest Java byte array.
 */
public final class Buffer {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private final byte[] bytes;
    private final long tracedBytes;

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
        if (nbytes < 0 || n > MAX_BYTES) {
            throw new NumpyException("MemoryError", "Unable to allocate array with " + nbytes + " bytes");
        }
        return new Buffer(new byte[(int) n], n);
    }

    /**
     * A new buffer holding a copy of {@code nbytes} bytes of {@code src} from {@code from}: one pass, no zeroing first
     * (the fast path of a contiguous copy).
     */
    public static Buffer copyOf(Buffer src, long from, long nbytes) {
        if (nbytes == 0) {
            return allocate(0);
        }
        byte[] bytes = java.util.Arrays.copyOfRange(src.bytes, (int) from, Math.toIntExact(from + nbytes));
        return new Buffer(bytes, nbytes);
    }

    /** Bytes this buffer holds alive: what NumPy's tracemalloc domain counts for it. */
    public long nbytes() {
        return tracedBytes;
    }

    /** The raw bytes, for bulk loops in this module. */
    byte[] bytes() {
        return bytes;
    }

    public byte getByte(long off) { return bytes[(int) off]; }
    public short getShort(long off) { return (short) SHORT.get(bytes, (int) off); }
    public int getInt(long off) { return (int) INT.get(bytes, (int) off); }
    public long getLong(long off) { return (long) LONG.get(bytes, (int) off); }
    public float getFloat(long off) { return (float) FLOAT.get(bytes, (int) off); }
    public double getDouble(long off) { return (double) DOUBLE.get(bytes, (int) off); }

    public void putByte(long off, byte v) { bytes[(int) off] = v; }
    public void putShort(long off, short v) { SHORT.set(bytes, (int) off, v); }
    public void putInt(long off, int v) { INT.set(bytes, (int) off, v); }
    public void putLong(long off, long v) { LONG.set(bytes, (int) off, v); }
    public void putFloat(long off, float v) { FLOAT.set(bytes, (int) off, v); }
    public void putDouble(long off, double v) { DOUBLE.set(bytes, (int) off, v); }

    /**
     * Writes {@code n} longs from {@code src} starting at byte {@code off}, contiguously. A bulk copy inside the JDK:
     * fast from the first call, before the JIT has compiled any loop of ours.
     */
    public void putLongs(long off, long[] src, int from, int n) {
        java.nio.ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).position((int) off).asLongBuffer().put(src, from, n);
    }


    /** Copies {@code n} bytes between buffers (or within one); overlapping ranges are handled like memmove. */
    public static void copyBytes(Buffer src, long srcOff, Buffer dst, long dstOff, long n) {
        System.arraycopy(src.bytes, (int) srcOff, dst.bytes, (int) dstOff, (int) n);
    }

    @Override
    public String toString() {
        return "Buffer@" + Integer.toHexString(System.identityHashCode(this)) + "[" + tracedBytes + " bytes]";
    }
}
