package dev.ndgrade.strided;

/**
 * A run of bytes, made only by {@link Memory#allocate}, so a "view" that copies behind the grader's back shows up
 * as an allocation. Values are 8-byte little-endian integers at any byte offset.
 */
public final class Buffer {

  private final byte[] bytes;
  private final long serial;

  Buffer(int nbytes, long serial) {
    this.bytes = new byte[nbytes];
    this.serial = serial;
  }

  /** The buffer's size in bytes. */
  public int nbytes() {
    return bytes.length;
  }

  /** The 8-byte integer starting at {@code byteOffset}. */
  public long readLong(long byteOffset) {
    int at = checked(byteOffset);
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (bytes[at + i] & 0xFF);
    }
    return value;
  }

  /** Writes the 8-byte integer {@code value} starting at {@code byteOffset}. */
  public void writeLong(long byteOffset, long value) {
    int at = checked(byteOffset);
    for (int i = 0; i < 8; i++) {
      bytes[at + i] = (byte) (value >>> (8 * i));
    }
  }

  private int checked(long byteOffset) {
    if (byteOffset < 0 || byteOffset + 8 > bytes.length) {
      throw new IndexOutOfBoundsException("bytes " + byteOffset + ".." + (byteOffset + 7)
          + " are outside a buffer of " + bytes.length + " bytes");
    }
    return (int) byteOffset;
  }

  @Override
  public String toString() {
    return "Buffer#" + serial + "(" + bytes.length + " bytes)";
  }
}
