package dev.ndgrade.grader.report;

import dev.ndgrade.grader.i18n.Messages;
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

  static List<String> describe(MemorySnapshot memory, Messages messages) {
    List<String> lines = new ArrayList<>();
    for (Binding binding : memory.names()) {
      lines.add(binding.arrayId() == null ? messages.text("text.binding", binding.name(), binding.summary())
          : messages.text("text.bindingArray", binding.name(), String.valueOf(binding.arrayId())));
    }
    for (ArrayBox array : memory.arrays()) {
      lines.add(array(array, memory, messages));
    }
    for (BufferStrip buffer : memory.buffers()) {
      lines.add(buffer(buffer, messages));
    }
    lines.add("live_bytes() = " + memory.liveBytes());
    return lines;
  }

  private static String array(ArrayBox array, MemorySnapshot memory, Messages messages) {
    String relation = array.isView()
        ? messages.text("text.viewOf", String.valueOf(array.baseId()), names(memory, array.baseId(), messages))
        : messages.text("text.owns");
    return messages.text("text.array", String.valueOf(array.id()), array.dtype(), array.shapeText(),
        array.stridesText(), String.valueOf(array.offset()), String.valueOf(array.bufferId()), relation,
        array.operation() + (array.detail().isEmpty() ? "" : " (" + array.detail() + ")"));
  }

  private static String names(MemorySnapshot memory, int arrayId, Messages messages) {
    List<String> names = memory.namesOf(arrayId);
    return names.isEmpty() ? messages.text("text.unnamed")
        : messages.text("text.named", String.join(messages.text("text.and"), names));
  }

  private static String buffer(BufferStrip buffer, Messages messages) {
    List<String> first = buffer.values().stream().limit(MAX_VALUES).map(v -> v.text()).toList();
    String values = first.isEmpty() ? "" : ": " + String.join(" ", first) + (buffer.cellCount() > first.size() ? " …" : "");
    return messages.text("text.buffer", String.valueOf(buffer.id()), String.valueOf(buffer.nbytes()),
        String.valueOf(buffer.cellBytes())) + values;
  }
}
