package dev.ndgrade.ndarray;

import java.util.List;

/** Signature-only fake; see src/test/fake/README.md. */
public final class NdArray {
  public long[] shape() { throw new UnsupportedOperationException("fake"); }
  public long[] strides() { throw new UnsupportedOperationException("fake"); }
  public long offset() { throw new UnsupportedOperationException("fake"); }
  public DType dtype() { throw new UnsupportedOperationException("fake"); }
  public Buffer buffer() { throw new UnsupportedOperationException("fake"); }
  public NdArray base() { throw new UnsupportedOperationException("fake"); }
  public ViewOrigin origin() { throw new UnsupportedOperationException("fake"); }
  public boolean ownsData() { throw new UnsupportedOperationException("fake"); }
  public boolean writeable() { throw new UnsupportedOperationException("fake"); }
  public boolean cContiguous() { throw new UnsupportedOperationException("fake"); }
  public boolean fContiguous() { throw new UnsupportedOperationException("fake"); }
  public long size() { throw new UnsupportedOperationException("fake"); }
  public long nbytes() { throw new UnsupportedOperationException("fake"); }
  public static boolean sharesMemory(NdArray a, NdArray b) { throw new UnsupportedOperationException("fake"); }
  public List<?> toList() { throw new UnsupportedOperationException("fake"); }
}
