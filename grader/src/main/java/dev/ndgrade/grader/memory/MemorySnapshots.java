package dev.ndgrade.grader.memory;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.python.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Takes a {@link MemorySnapshot} of a live interpreter namespace. */
public final class MemorySnapshots {

  /** Arrays with more elements get no per-element window (the diagram shows their span instead). */
  static final int MAX_ELEMENTS = 4096;
  private static final int MAX_SUMMARY = 60;

  private MemorySnapshots() {}

  /** What {@code session}'s names, arrays and buffers look like now. */
  public static MemorySnapshot capture(Session session) {
    Map<NdArray, Integer> arrayIds = new IdentityHashMap<>();
    Map<Buffer, Integer> bufferIds = new IdentityHashMap<>();
    List<NdArray> arrays = new ArrayList<>();
    List<Binding> names = new ArrayList<>();
    for (String name : session.names()) {
      Object value = session.get(name);
      if (value instanceof NdArray array) {
        names.add(new Binding(name, discover(array, arrayIds, arrays), ""));
      } else if (value != null) {
        names.add(new Binding(name, null, summary(session, value)));
      }
    }
    for (int i = 0; i < arrays.size(); i++) {
      NdArray base = arrays.get(i).base();
      if (base != null) {
        discover(base, arrayIds, arrays);
      }
    }
    for (NdArray array : arrays) {
      bufferIds.computeIfAbsent(array.buffer(), b -> bufferIds.size() + 1);
    }
    List<ArrayBox> boxes = arrays.stream().map(a -> box(a, arrayIds, bufferIds)).toList();
    List<BufferStrip> strips = new ArrayList<>();
    bufferIds.forEach((buffer, id) -> strips.add(strip(buffer, id, arrays, arrayIds)));
    strips.sort(java.util.Comparator.comparingInt(BufferStrip::id));
    return new MemorySnapshot(names, boxes, strips, session.liveBytes());
  }

  private static int discover(NdArray array, Map<NdArray, Integer> ids, List<NdArray> arrays) {
    return ids.computeIfAbsent(array, a -> {
      arrays.add(a);
      return arrays.size();
    });
  }

  private static ArrayBox box(NdArray array, Map<NdArray, Integer> arrayIds, Map<Buffer, Integer> bufferIds) {
    ViewOrigin origin = array.origin();
    return new ArrayBox(arrayIds.get(array), array.dtype().name(), array.dtype().itemsize(),
        longs(array.shape()), longs(array.strides()), array.offset(), bufferIds.get(array.buffer()),
        array.base() == null ? null : arrayIds.get(array.base()), array.ownsData(), array.writeable(),
        origin == null ? "an unknown operation" : origin.operation(), origin != null && origin.view(),
        origin == null || origin.detail() == null ? "" : origin.detail(),
        array.size() <= MAX_ELEMENTS ? ElementWalk.offsets(array.shape(), array.strides(), array.offset()) : null,
        array.size());
  }

  private static BufferStrip strip(Buffer buffer, int id, List<NdArray> arrays, Map<NdArray, Integer> arrayIds) {
    NdArray owner = arrays.stream().filter(a -> a.buffer() == buffer && a.ownsData()).findFirst()
        .orElse(arrays.stream().filter(a -> a.buffer() == buffer).findFirst().orElseThrow());
    int cellBytes = Math.max(1, owner.dtype().itemsize());
    List<String> values = owner.ownsData() && owner.size() <= MAX_ELEMENTS
        ? cellValues(owner, cellBytes, buffer.nbytes()) : List.of();
    return new BufferStrip(id, buffer.nbytes(), cellBytes, owner.ownsData() ? arrayIds.get(owner) : null, values);
  }

  /** The owner's elements placed at their cells, so a strip reads in buffer order whatever the layout. */
  private static List<String> cellValues(NdArray owner, int cellBytes, long nbytes) {
    int cells = (int) Math.min(nbytes / cellBytes, MAX_ELEMENTS);
    String[] values = new String[cells];
    List<Long> offsets = ElementWalk.offsets(owner.shape(), owner.strides(), owner.offset());
    List<Object> flat = new ArrayList<>();
    flatten(owner.toList(), flat);
    for (int i = 0; i < offsets.size() && i < flat.size(); i++) {
      long cell = offsets.get(i) / cellBytes;
      if (cell >= 0 && cell < cells) {
        values[(int) cell] = CellText.of(flat.get(i));
      }
    }
    List<String> result = new ArrayList<>();
    for (String value : values) {
      result.add(value == null ? "" : value);
    }
    return result;
  }

  private static void flatten(Object value, List<Object> into) {
    if (value instanceof Collection<?> items) {
      items.forEach(item -> flatten(item, into));
    } else {
      into.add(value);
    }
  }

  private static String summary(Session session, Object value) {
    String repr;
    try {
      repr = session.repr(value);
    } catch (RuntimeException unprintable) {
      repr = value.getClass().getSimpleName();
    }
    if (value instanceof List<?> list) {
      return "list of " + list.size() + " item" + (list.size() == 1 ? "" : "s");
    }
    String oneLine = repr.replace('\n', ' ');
    return oneLine.length() <= MAX_SUMMARY ? oneLine : oneLine.substring(0, MAX_SUMMARY - 1) + "…";
  }

  private static List<Long> longs(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long value : values) {
      list.add(value);
    }
    return list;
  }
}
