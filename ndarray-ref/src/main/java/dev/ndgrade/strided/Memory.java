package dev.ndgrade.strided;

/**
 * The only way to get a {@link Buffer}. It counts allocations and bytes, and the counts only grow, so a test
 * proves a function allocated nothing by comparing them before and after.
 */
public final class Memory {

  /** Largest buffer, in bytes: exercises work on small arrays. */
  public static final int MAX_BYTES = 1 << 24;

  private static long allocations;
  private static long allocatedBytes;

  private Memory() {}

  /** A new zero-filled buffer of {@code nbytes} bytes. */
  public static synchronized Buffer allocate(long nbytes) {
    if (nbytes < 0 || nbytes > MAX_BYTES) {
      throw new IllegalArgumentException("cannot allocate " + nbytes + " bytes (at most " + MAX_BYTES + ")");
    }
    allocations++;
    allocatedBytes += nbytes;
    return new Buffer((int) nbytes, allocations);
  }

  /** How many buffers were allocated so far. */
  public static synchronized long allocations() {
    return allocations;
  }

  /** How many bytes were allocated so far. */
  public static synchronized long allocatedBytes() {
    return allocatedBytes;
  }
}
