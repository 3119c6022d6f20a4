package dev.ndgrade.grader.memory;

import java.util.List;
import java.util.Optional;

/**
 * The namespace after a question, as data: names in binding order, every array they reach
 * (including bases no name refers to any more), and every buffer those arrays read.
 *
 * @param names bound names in first-binding order
 * @param arrays array objects, numbered 1, 2, ... in order of discovery
 * @param buffers buffers, numbered in order of discovery
 * @param liveBytes what {@code live_bytes()} returns at this point
 */
public record MemorySnapshot(List<Binding> names, List<ArrayBox> arrays, List<BufferStrip> buffers, long liveBytes) {

  /** A snapshot with nothing in it. */
  public static final MemorySnapshot EMPTY = new MemorySnapshot(List.of(), List.of(), List.of(), 0);

  public MemorySnapshot {
    names = List.copyOf(names);
    arrays = List.copyOf(arrays);
    buffers = List.copyOf(buffers);
  }

  /** The array with this id. */
  public Optional<ArrayBox> array(int id) {
    return arrays.stream().filter(a -> a.id() == id).findFirst();
  }

  /** The names bound to an array, in binding order. */
  public List<String> namesOf(int arrayId) {
    return names.stream().filter(b -> b.arrayId() != null && b.arrayId() == arrayId).map(Binding::name).toList();
  }

  /** The arrays reading a buffer, in id order. */
  public List<ArrayBox> arraysOn(int bufferId) {
    return arrays.stream().filter(a -> a.bufferId() == bufferId).toList();
  }
}
