package dev.ndgrade.grader.memory;

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
   * Sentences about the arrays named in {@code code} (and in {@code alsoNamed}), in order of mention.
   *
   * @return never {@code null}, possibly empty
   */
  public static List<String> explain(MemorySnapshot memory, String code, List<String> alsoNamed) {
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
      sentences.add(sentence(name, array, memory));
    }
    return sentences;
  }

  private static String sentence(String name, ArrayBox array, MemorySnapshot memory) {
    List<String> aliases = memory.namesOf(array.id()).stream().filter(other -> !other.equals(name)).toList();
    String alias = aliases.isEmpty() ? "" : " " + code(aliases.get(0)) + " is another name for the same object ("
        + code(name + " is " + aliases.get(0)) + ").";
    String detail = array.detail().isBlank() ? "" : " (" + array.detail() + ")";
    String made = code(name) + " was made by " + array.operation();
    if (!array.isView()) {
      String makes = array.originKind().equals("copy") ? "copies" : "makes a new array";
      return made + ", which " + makes + detail + ": it owns its buffer, so "
          + code(name + ".base is None") + "." + alias;
    }
    ArrayBox base = memory.array(array.baseId()).orElseThrow();
    List<String> baseNames = memory.namesOf(base.id());
    // reshape of a layout it cannot reread copies first and returns a view of that copy: say "copies"
    String makes = array.originKind().equals("copy") ? ", which copies" : ", which makes a view";
    if (baseNames.isEmpty()) {
      return made + makes + detail + ": its base is an array no name refers to any more, and "
          + code(name) + " keeps that array's whole " + bufferBytes(base, memory) + "-byte buffer alive." + alias;
    }
    return made + makes + detail + ": it shares the buffer of " + code(baseNames.get(0))
        + ", so " + code(name + ".base is " + baseNames.get(0)) + "." + alias;
  }

  private static long bufferBytes(ArrayBox array, MemorySnapshot memory) {
    return memory.buffers().stream().filter(b -> b.id() == array.bufferId()).findFirst()
        .map(BufferStrip::nbytes).orElse(0L);
  }

  private static String code(String text) {
    return "`" + text + "`";
  }
}
