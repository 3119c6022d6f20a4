package dev.ndgrade.grader.report;

import dev.ndgrade.grader.memory.ArrayBox;
import dev.ndgrade.grader.memory.Binding;
import dev.ndgrade.grader.memory.BufferStrip;
import dev.ndgrade.grader.memory.MemorySnapshot;
import java.util.ArrayList;
import java.util.List;

/** The memory diagram in words: what screen readers announce and what prints below the drawing. */
final class DiagramText {

  private static final int MAX_VALUES = 12;

  private DiagramText() {}

  static List<String> describe(MemorySnapshot memory) {
    List<String> lines = new ArrayList<>();
    for (Binding binding : memory.names()) {
      lines.add(binding.arrayId() == null ? binding.name() + " is " + binding.summary()
          : binding.name() + " → array #" + binding.arrayId());
    }
    for (ArrayBox array : memory.arrays()) {
      lines.add(array(array, memory));
    }
    for (BufferStrip buffer : memory.buffers()) {
      lines.add(buffer(buffer));
    }
    lines.add("live_bytes() = " + memory.liveBytes());
    return lines;
  }

  private static String array(ArrayBox array, MemorySnapshot memory) {
    String relation = array.isView()
        ? "a view of #" + array.baseId() + " (its base)" + names(memory, array.baseId())
        : "owns its data";
    return "#" + array.id() + " " + array.dtype() + " array, shape " + array.shapeText() + ", strides "
        + array.stridesText() + ", offset " + array.offset() + " bytes into buffer #" + array.bufferId() + "; "
        + relation + "; made by " + array.operation() + (array.detail().isEmpty() ? "" : " (" + array.detail() + ")");
  }

  private static String names(MemorySnapshot memory, int arrayId) {
    List<String> names = memory.namesOf(arrayId);
    return names.isEmpty() ? ", which no name refers to" : ", named " + String.join(" and ", names);
  }

  private static String buffer(BufferStrip buffer) {
    List<String> first = buffer.values().stream().limit(MAX_VALUES).map(v -> v.text()).toList();
    String values = first.isEmpty() ? "" : ": " + String.join(" ", first) + (buffer.cellCount() > first.size() ? " …" : "");
    return "buffer #" + buffer.id() + ", " + buffer.nbytes() + " bytes in cells of " + buffer.cellBytes() + values;
  }
}
