package dev.ndgrade.grader.memory;

import dev.ndgrade.ndarray.layout.ShapeText;
import java.util.List;
import java.util.Objects;

/**
 * One array object: how it looks at its buffer and where it came from.
 *
 * @param id this snapshot's number for the object (1, 2, ... in order of discovery)
 * @param dtype the dtype's name, e.g. {@code int64}
 * @param itemsize bytes per element
 * @param shape elements per axis
 * @param strides bytes to the next element per axis
 * @param offset bytes from the buffer's start to the first element
 * @param bufferId the {@link BufferStrip#id()} it reads
 * @param baseId the id of the array in its {@code base}, or {@code null} when base is None
 * @param ownsData NumPy's OWNDATA flag
 * @param writeable NumPy's WRITEABLE flag
 * @param operation the operation that made it, e.g. {@code basic slicing}
 * @param originKind what that operation made: {@code view}, {@code copy} or {@code fresh} (new values)
 * @param detail the rule that decided it, possibly empty
 * @param elementOffsets the byte offset of each element in C order, or {@code null} if there are too many
 * @param size number of elements
 */
public record ArrayBox(int id, String dtype, int itemsize, List<Long> shape, List<Long> strides, long offset,
                       int bufferId, Integer baseId, boolean ownsData, boolean writeable, String operation,
                       String originKind, String detail, List<Long> elementOffsets, long size) {

  public ArrayBox {
    Objects.requireNonNull(dtype, "dtype must not be null");
    shape = List.copyOf(shape);
    strides = List.copyOf(strides);
    Objects.requireNonNull(operation, "operation must not be null");
    Objects.requireNonNull(originKind, "originKind must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
    elementOffsets = elementOffsets == null ? null : List.copyOf(elementOffsets);
  }

  /** Whether this array reads memory it does not own (NumPy: {@code base is not None}). */
  public boolean isView() {
    return baseId != null;
  }

  /** The shape as Python writes it: {@code (3,)}, {@code (2, 2)}, {@code ()}. */
  public String shapeText() {
    return ShapeText.pythonTuple(shape.stream().mapToLong(Long::longValue).toArray());
  }

  /** The strides as Python writes them. */
  public String stridesText() {
    return ShapeText.pythonTuple(strides.stream().mapToLong(Long::longValue).toArray());
  }
}
