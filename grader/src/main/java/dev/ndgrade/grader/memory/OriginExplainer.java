package dev.ndgrade.grader.memory;

import dev.ndgrade.grader.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains, from the reference's origin records, how the arrays a question's code mentions came
 * to be views, copies or aliases, e.g. "{@code arr3} was made by boolean-mask indexing, which
 * copies (advanced indexing always copies): it owns a new buffer, so {@code arr3.base is None}."
 */
public final class OriginExplainer {

  private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");
  private static final int MAX_SENTENCES = 4;

  private OriginExplainer() {}

  /**
   * Sentences about the arrays named in {@code code} (and in {@code alsoNamed}), in order of mention,
   * in {@code messages}' language.
   *
   * @return never {@code null}, possibly empty
   */
  public static List<String> explain(MemorySnapshot memory, String code, List<String> alsoNamed, Messages messages) {
    Set<String> mentioned = new LinkedHashSet<>(alsoNamed);
    Matcher names = NAME.matcher(code);
    while (names.find()) {
      mentioned.add(names.group(1));
    }
    List<String> sentences = new ArrayList<>();
    Set<Integer> explained = new HashSet<>();
    for (String name : mentioned) {
      Binding binding = memory.names().stream().filter(b -> b.name().equals(name) && b.arrayId() != null)
          .findFirst().orElse(null);
      if (binding == null || !explained.add(binding.arrayId()) || sentences.size() == MAX_SENTENCES) {
        continue;
      }
      ArrayBox array = memory.array(binding.arrayId()).orElseThrow();
      sentences.add(sentence(name, array, memory, messages));
    }
    return sentences;
  }

  private static String sentence(String name, ArrayBox array, MemorySnapshot memory, Messages messages) {
    List<String> aliases = memory.namesOf(array.id()).stream().filter(other -> !other.equals(name)).toList();
    String alias = aliases.isEmpty() ? "" : " " + messages.text("origin.alias", name, aliases.get(0));
    String detail = array.detail().isBlank() ? "" : " (" + array.detail() + ")";
    // reshape of a layout it cannot reread copies first and returns a view of that copy: say "copies"
    String kind = array.originKind().equals("copy") ? "origin.copies"
        : array.isView() ? "origin.view" : "origin.newArray";
    String made = messages.text("origin.made", name, array.operation(), messages.text(kind), detail);
    if (!array.isView()) {
      return made + messages.text("origin.owns", name) + alias;
    }
    ArrayBox base = memory.array(array.baseId()).orElseThrow();
    List<String> baseNames = memory.namesOf(base.id());
    if (baseNames.isEmpty()) {
      return made + messages.text("origin.unnamedBase", name, String.valueOf(bufferBytes(base, memory))) + alias;
    }
    return made + messages.text("origin.sharedBase", name, baseNames.get(0)) + alias;
  }

  private static long bufferBytes(ArrayBox array, MemorySnapshot memory) {
    return memory.buffers().stream().filter(b -> b.id() == array.bufferId()).findFirst()
        .map(BufferStrip::nbytes).orElse(0L);
  }

}
