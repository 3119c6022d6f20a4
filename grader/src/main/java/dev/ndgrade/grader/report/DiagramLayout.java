package dev.ndgrade.grader.report;

import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.memory.ArrayBox;
import dev.ndgrade.grader.memory.Binding;
import dev.ndgrade.grader.memory.BufferStrip;
import dev.ndgrade.grader.memory.MemorySnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a memory diagram: names on the left, array objects in the middle, and to the right
 * each array's window over its buffer, drawn cell for cell above the buffer's strip. Arrays on
 * one buffer share a band; views are dashed and hatched, owners solid (never colour alone).
 */
final class DiagramLayout {

  private static final int PAD = 12;
  private static final int TAG_W = 104;
  private static final int TAG_H = 26;
  private static final int TAG_GAP = 6;
  private static final int GAP = 44;
  private static final int CARD_W = 250;
  private static final int CARD_H = 92;
  private static final int CELL_W = 48;
  private static final int CELL_H = 30;
  private static final int ROW_GAP = 14;
  private static final int STRIP_CAPTION = 30;
  private static final int BAND_GAP = 22;
  private static final int MAX_SLOTS = 16;
  private static final int HEAD_SLOTS = 12;
  private static final int TAIL_SLOTS = 3;
  private static final int GAP_SLOT = -1;

  private static final int TAG_X = PAD;
  private static final int CARD_X = TAG_X + TAG_W + GAP;
  private static final int STRIP_X = CARD_X + CARD_W + GAP;

  private DiagramLayout() {}

  static DiagramView of(MemorySnapshot memory, String id, String title, Messages messages) {
    List<DiagramView.Tag> tags = new ArrayList<>();
    List<DiagramView.Card> cards = new ArrayList<>();
    List<DiagramView.Arrow> arrows = new ArrayList<>();
    List<DiagramView.Cell> windows = new ArrayList<>();
    List<DiagramView.Strip> strips = new ArrayList<>();
    int y = PAD;
    int maxSlots = 1;
    for (BufferStrip buffer : memory.buffers()) {
      List<Long> slots = slots(buffer.cellCount());
      maxSlots = Math.max(maxSlots, slots.size());
      for (ArrayBox array : arraysOn(memory, buffer)) {
        List<String> names = memory.namesOf(array.id());
        int rowHeight = Math.max(CARD_H, names.size() * (TAG_H + TAG_GAP) - TAG_GAP);
        int cardY = y + (rowHeight - CARD_H) / 2;
        int middle = cardY + CARD_H / 2;
        cards.add(card(array, memory, cardY, messages));
        int tagTop = middle - (names.size() * (TAG_H + TAG_GAP) - TAG_GAP) / 2;
        for (int k = 0; k < names.size(); k++) {
          int tagY = tagTop + k * (TAG_H + TAG_GAP);
          tags.add(new DiagramView.Tag(TAG_X, tagY, TAG_W, TAG_H, names.get(k), ""));
          arrows.add(arrow(TAG_X + TAG_W, tagY + TAG_H / 2, CARD_X - 3, middle));
        }
        windows.addAll(window(array, buffer, slots, middle - CELL_H / 2));
        y += rowHeight + ROW_GAP;
      }
      strips.add(strip(buffer, memory, slots, y, messages));
      y += CELL_H + STRIP_CAPTION + BAND_GAP;
    }
    for (Binding binding : memory.names()) {
      if (binding.arrayId() == null) {
        tags.add(new DiagramView.Tag(TAG_X, y, TAG_W, TAG_H, binding.name(), binding.summary()));
        y += TAG_H + TAG_GAP;
      }
    }
    int width = STRIP_X + maxSlots * CELL_W + PAD;
    return new DiagramView(id, title, DiagramText.describe(memory, messages), width, y + PAD - BAND_GAP / 2, tags, cards,
        arrows, windows, strips, memory.arrays().isEmpty());
  }

  /** Owner first, then views, in id order. */
  private static List<ArrayBox> arraysOn(MemorySnapshot memory, BufferStrip buffer) {
    List<ArrayBox> arrays = new ArrayList<>(memory.arraysOn(buffer.id()));
    arrays.sort(Comparator.comparing((ArrayBox a) -> a.isView()).thenComparingInt(ArrayBox::id));
    return arrays;
  }

  private static DiagramView.Card card(ArrayBox array, MemorySnapshot memory, int y, Messages messages) {
    String badge = array.isView()
        ? messages.text("diagram.viewOf", String.valueOf(array.baseId()), baseName(memory, array, messages))
        : messages.text("diagram.owns");
    List<String> lines = List.of(
        messages.text("diagram.geometry", array.shapeText(), array.stridesText()),
        messages.text("diagram.offset", String.valueOf(array.offset()), String.valueOf(array.bufferId())),
        messages.text("diagram.madeBy", array.operation()));
    return new DiagramView.Card(CARD_X, y, CARD_W, CARD_H,
        messages.text("diagram.heading", String.valueOf(array.id()), array.dtype()), badge, lines, array.isView());
  }

  private static String baseName(MemorySnapshot memory, ArrayBox array, Messages messages) {
    List<String> names = memory.namesOf(array.baseId());
    return names.isEmpty() ? messages.text("diagram.unnamed") : names.get(0);
  }

  private static DiagramView.Arrow arrow(int x1, int y1, int x2, int y2) {
    int bend = (x2 - x1) / 2;
    return new DiagramView.Arrow("M" + x1 + " " + y1 + " C" + (x1 + bend) + " " + y1 + " " + (x2 - bend) + " " + y2
        + " " + x2 + " " + y2);
  }

  /** The cells an array reads, each labelled with the index of the element that sits there. */
  private static List<DiagramView.Cell> window(ArrayBox array, BufferStrip buffer, List<Long> slots, int y) {
    Map<Integer, String> labels = new LinkedHashMap<>();
    String style = array.isView() ? "view" : "own";
    if (array.elementOffsets() == null) {
      long first = array.offset() / buffer.cellBytes();
      for (int slot = 0; slot < slots.size(); slot++) {
        long cell = slots.get(slot);
        if (cell == GAP_SLOT || cell >= first) {
          labels.putIfAbsent(slot, "…");
        }
      }
    } else {
      List<Long> offsets = array.elementOffsets();
      for (int k = 0; k < offsets.size(); k++) {
        int slot = slotOf(offsets.get(k) / buffer.cellBytes(), slots);
        String label = slots.get(slot) == GAP_SLOT ? "…" : index(k, array.shape());
        labels.merge(slot, label, (old, extra) -> old.endsWith(DiagramView.SHARED_MARK) || old.equals("…") ? old
            : old + DiagramView.SHARED_MARK);
      }
    }
    List<DiagramView.Cell> cells = new ArrayList<>();
    labels.forEach((slot, label) -> cells.add(new DiagramView.Cell(STRIP_X + slot * CELL_W, y, CELL_W, CELL_H,
        label, "", style)));
    return cells;
  }

  private static DiagramView.Strip strip(BufferStrip buffer, MemorySnapshot memory, List<Long> slots, int y,
                                         Messages messages) {
    List<DiagramView.Cell> cells = new ArrayList<>();
    for (int slot = 0; slot < slots.size(); slot++) {
      long cell = slots.get(slot);
      boolean gap = cell == GAP_SLOT;
      String value = gap ? "…" : buffer.value(cell).orElse("");
      String caption = gap ? "" : Long.toString(cell * buffer.cellBytes());
      cells.add(new DiagramView.Cell(STRIP_X + slot * CELL_W, y, CELL_W, CELL_H, value, caption,
          gap ? "gap" : "buffer"));
    }
    String owner = buffer.ownerId() == null ? messages.text("diagram.ownerNotShown")
        : messages.text("diagram.ownedBy", String.valueOf(buffer.ownerId()),
            memory.namesOf(buffer.ownerId()).stream().findFirst().orElse(messages.text("diagram.noName")));
    return new DiagramView.Strip(CARD_X, y, messages.text("diagram.buffer", String.valueOf(buffer.id()),
        String.valueOf(buffer.nbytes())), owner, STRIP_X - 8, cells);
  }

  /** The buffer cells drawn: all of them, or the first and last few around a gap. */
  private static List<Long> slots(long cellCount) {
    List<Long> slots = new ArrayList<>();
    if (cellCount <= MAX_SLOTS) {
      for (long cell = 0; cell < cellCount; cell++) {
        slots.add(cell);
      }
      return slots;
    }
    for (long cell = 0; cell < HEAD_SLOTS; cell++) {
      slots.add(cell);
    }
    slots.add((long) GAP_SLOT);
    for (long cell = cellCount - TAIL_SLOTS; cell < cellCount; cell++) {
      slots.add(cell);
    }
    return slots;
  }

  private static int slotOf(long cell, List<Long> slots) {
    int found = slots.indexOf(cell);
    if (found >= 0) {
      return found;
    }
    int gap = slots.indexOf((long) GAP_SLOT);
    return gap >= 0 ? gap : Math.max(0, slots.size() - 1);
  }

  /** The index of the k-th element in C order: {@code 2}, or {@code 1,0} for 2-D arrays. */
  private static String index(int k, List<Long> shape) {
    if (shape.size() <= 1) {
      return Integer.toString(k);
    }
    long[] index = new long[shape.size()];
    long rest = k;
    for (int axis = shape.size() - 1; axis >= 0; axis--) {
      long extent = Math.max(1, shape.get(axis));
      index[axis] = rest % extent;
      rest /= extent;
    }
    StringBuilder text = new StringBuilder();
    for (int axis = 0; axis < index.length; axis++) {
      text.append(axis == 0 ? "" : ",").append(index[axis]);
    }
    return text.toString();
  }
}
