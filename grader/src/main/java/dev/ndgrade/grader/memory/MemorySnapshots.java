package dev.ndgrade.grader.memory;

import dev.ndgrade.ndarray.ArrayBase;
import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DummyArray;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.python.Session;
import dev.ndgrade.python.runtime.BoundMethod;
import dev.ndgrade.python.runtime.PyCallable;
import dev.ndgrade.python.runtime.PyList;
import dev.ndgrade.python.runtime.PyModule;
import dev.ndgrade.python.runtime.PyTuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes {@link MemorySnapshot}s of a live interpreter namespace, numbering arrays and buffers for
 * as long as this object lives: an array keeps its {@code #n} in every snapshot of one exercise's
 * run, so a report never calls one array #3 in q1 and #4 in q2. Not thread-safe.
 */
public final class MemorySnapshots {

  /** Arrays with more elements get no per-element window (the diagram shows their span instead). */
  static final int MAX_ELEMENTS = 4096;
  private static final int HEAD_CELLS = 64;
  private static final int TAIL_CELLS = 16;
  private static final int MAX_SUMMARY = 60;

  private final Map<NdArray, Integer> arrayIds = new IdentityHashMap<>();
  private final Map<Buffer, Integer> bufferIds = new IdentityHashMap<>();

  private MemorySnapshots() {}

  /** A numbering for one session's snapshots, starting at #1. */
  public static MemorySnapshots numbering() {
    return new MemorySnapshots();
  }

  /** What {@code session}'s names, arrays and buffers look like now. */
  public MemorySnapshot capture(Session session) {
    Set<NdArray> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<NdArray> arrays = new ArrayList<>();
    List<Binding> names = new ArrayList<>();
    for (String name : session.names()) {
      Object value = session.get(name);
      if (value instanceof NdArray array) {
        names.add(new Binding(name, discover(array, seen, arrays), ""));
      } else if (value != null && !isCallable(value)) {
        names.add(new Binding(name, null, summary(session, value)));
      }
    }
    for (int i = 0; i < arrays.size(); i++) {
      NdArray base = baseArray(arrays.get(i));
      if (base != null) {
        discover(base, seen, arrays);
      }
    }
    Map<Buffer, Integer> buffers = new IdentityHashMap<>();
    for (NdArray array : arrays) {
      buffers.computeIfAbsent(array.buffer(), b -> bufferIds.computeIfAbsent(b, unseen -> bufferIds.size() + 1));
    }
    List<ArrayBox> boxes = arrays.stream().map(this::box).toList();
    List<BufferStrip> strips = new ArrayList<>();
    buffers.forEach((buffer, id) -> strips.add(strip(buffer, id, arrays)));
    strips.sort(Comparator.comparingInt(BufferStrip::id));
    return new MemorySnapshot(names, boxes, strips, session.liveBytes());
  }

  /** The array in {@code base}, looking through the holder {@code as_strided} puts in between. */
  private static NdArray baseArray(NdArray array) {
    ArrayBase base = array.base();
    if (base instanceof DummyArray holder) {
      return holder.base();
    }
    return base instanceof NdArray owner ? owner : null;
  }

  private int discover(NdArray array, Set<NdArray> seen, List<NdArray> arrays) {
    if (seen.add(array)) {
      arrays.add(array);
    }
    return arrayIds.computeIfAbsent(array, unseen -> arrayIds.size() + 1);
  }

  private ArrayBox box(NdArray array) {
    ViewOrigin origin = array.origin();
    NdArray base = baseArray(array);
    return new ArrayBox(arrayIds.get(array), array.dtype().name(), array.dtype().itemsize(),
        longs(array.shape()), longs(array.strides()), array.offset(), bufferIds.get(array.buffer()),
        base == null ? null : arrayIds.get(base), array.ownsData(), array.writeable(),
        origin == null ? "an unknown operation" : origin.operation(),
        origin == null ? "fresh" : origin.kind().name().toLowerCase(Locale.ROOT),
        origin == null ? "" : origin.why(),
        array.size() <= MAX_ELEMENTS ? longs(array.offsetsInCOrder()) : null, array.size());
  }

  private BufferStrip strip(Buffer buffer, int id, List<NdArray> arrays) {
    NdArray owner = arrays.stream().filter(a -> a.buffer() == buffer && a.ownsData()).findFirst().orElse(null);
    NdArray any = owner != null ? owner
        : arrays.stream().filter(a -> a.buffer() == buffer).findFirst().orElseThrow();
    int cellBytes = Math.max(1, any.dtype().itemsize());
    List<CellValue> values = owner == null ? List.of() : sampledValues(owner, cellBytes, buffer.nbytes());
    return new BufferStrip(id, buffer.nbytes(), cellBytes, owner == null ? null : arrayIds.get(owner), values);
  }

  /**
   * The values of the buffer's first and last cells, read through the owner (which spans its whole
   * buffer, so every cell holds one of its elements).
   */
  private static List<CellValue> sampledValues(NdArray owner, int cellBytes, long nbytes) {
    long cells = nbytes / cellBytes;
    List<CellValue> values = new ArrayList<>();
    for (long cell = 0; cell < cells; cell++) {
      if (cell == HEAD_CELLS && cells > HEAD_CELLS + TAIL_CELLS) {
        cell = cells - TAIL_CELLS;
      }
      long offset = cell * cellBytes;
      // np.empty's unwritten memory has no value anyone can know
      String text = owner.buffer().isDefined(offset, cellBytes) ? CellText.of(owner.elementAt(offset)) : "?";
      values.add(new CellValue(cell, text));
    }
    return values;
  }

  /** Functions and modules are not drawn; a bound method is (it keeps its array alive). */
  private static boolean isCallable(Object value) {
    return (value instanceof PyCallable && !(value instanceof BoundMethod)) || value instanceof PyModule;
  }

  private static String summary(Session session, Object value) {
    if (value instanceof PyList list) {
      return "list of " + list.items().size() + " item" + (list.items().size() == 1 ? "" : "s");
    }
    String repr;
    try {
      repr = session.repr(value);
    } catch (RuntimeException unprintable) {
      repr = value.getClass().getSimpleName();
    }
    String oneLine = repr.replace('\n', ' ');
    String kind = value instanceof PyTuple ? "tuple " : "";
    return kind + (oneLine.length() <= MAX_SUMMARY ? oneLine : oneLine.substring(0, MAX_SUMMARY - 1) + "…");
  }

  private static List<Long> longs(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long value : values) {
      list.add(value);
    }
    return list;
  }
}
