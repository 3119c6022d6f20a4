package dev.ndgrade.grader.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * One array of a failing case, to draw over its buffer in the report.
 *
 * @param name its label ({@code a}, {@code expected}, {@code yours})
 * @param offset bytes from the buffer's start to its first element
 * @param shape elements per axis
 * @param strides bytes per step along each axis
 * @param itemsize bytes per element
 * @param bufferBytes the buffer's size
 */
public record Picture(String name, long offset, long[] shape, long[] strides, long itemsize, long bufferBytes) {

  public Picture {
    Objects.requireNonNull(name, "name must not be null");
    shape = shape.clone();
    strides = strides.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public long[] strides() {
    return strides.clone();
  }

  void writeTo(DataOutputStream out) throws IOException {
    Wire.writeText(out, name);
    out.writeLong(offset);
    Wire.writeLongs(out, shape);
    Wire.writeLongs(out, strides);
    out.writeLong(itemsize);
    out.writeLong(bufferBytes);
  }

  static Picture readFrom(DataInputStream in) throws IOException {
    return new Picture(in.readUTF(), in.readLong(), Wire.readLongs(in), Wire.readLongs(in), in.readLong(),
        in.readLong());
  }
}
