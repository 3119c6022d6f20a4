package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataNode;
import dev.ndgrade.grader.data.DataReader;
import dev.ndgrade.grader.data.DataSyntaxException;
import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer file that is not valid YAML as a whole one entry at a time, so one badly
 * written answer costs only its own question: each top-level key and each answer under
 * {@code answers:} is parsed alone, at its own line numbers. An answer that still cannot be read
 * gets {@link AnswerSyntax}'s explanation in the student's terms, never the parser's text.
 */
final class BrokenAnswerFile {

  private static final Pattern KEY_LINE = Pattern.compile("^( *)([^\\s:#'\"\\[{|>-][^:#]*?):(?:\\s(.*)|)$");
  private static final String ANSWERS = "answers";

  /**
   * What could be read: the file's root (its answers only those that parse) and, for each answer
   * that does not, the reason.
   *
   * @param root a mapping of the top-level keys that could be read
   * @param broken question id to the reason its answer cannot be read, in file order
   */
  record Reading(DataNode root, Map<String, AnswerEntry.Unusable> broken) {}

  private final DataReader data;
  private final AnswerSyntax syntax;

  BrokenAnswerFile(DataReader data, Messages messages) {
    this.data = data;
    this.syntax = new AnswerSyntax(messages);
  }

  /**
   * Reads {@code text} piece by piece.
   *
   * @param whole why the whole file could not be read; thrown, explained, when a part outside
   *     the answers cannot be read either
   */
  Reading read(String text, String shownName, DataSyntaxException whole) throws DataFormatException {
    List<String> lines = text.lines().toList();
    List<Entry> topLevel = entries(lines, 0, lines.size(), 0);
    if (topLevel.isEmpty()) {
      throw syntax.explainFile(whole, lines);
    }
    Map<String, DataNode.Field> fields = new LinkedHashMap<>();
    Map<String, AnswerEntry.Unusable> broken = new LinkedHashMap<>();
    for (Entry entry : topLevel) {
      if (entry.key().equals(ANSWERS) && entry.value().isBlank()) {
        fields.put(ANSWERS, new DataNode.Field(entry.at(shownName), answers(lines, entry, shownName, broken)));
      } else {
        DataNode.Mapping parsed = parse(lines, entry, shownName).orElseThrow(() -> syntax.explainFile(whole, lines));
        fields.putAll(parsed.fields());
      }
    }
    return new Reading(new DataNode.Mapping(new Location(shownName, 1, 1), fields), broken);
  }

  /** The text of top-level {@code key} when its own lines can be read, whatever the rest of the file holds. */
  Optional<String> topLevelText(String text, String shownName, String key) {
    List<String> lines = text.lines().toList();
    return entries(lines, 0, lines.size(), 0).stream()
        .filter(entry -> entry.key().equals(key))
        .findFirst()
        .flatMap(entry -> parse(lines, entry, shownName))
        .flatMap(mapping -> mapping.get(key))
        .filter(DataNode.Scalar.class::isInstance)
        .map(node -> ((DataNode.Scalar) node).text());
  }

  private DataNode answers(List<String> lines, Entry answers, String shownName,
                           Map<String, AnswerEntry.Unusable> broken) {
    Map<String, DataNode.Field> fields = new LinkedHashMap<>();
    int indent = firstIndent(lines, answers.from() + 1, answers.to());
    for (Entry entry : entries(lines, answers.from() + 1, answers.to(), indent)) {
      try {
        DataNode.Mapping parsed = mapping(data.parse(padded(lines, entry), shownName));
        fields.putAll(parsed.fields());
      } catch (DataSyntaxException e) {
        broken.put(entry.key(), new AnswerEntry.Unusable(syntax.explainAnswer(lines, entry), entry.at(shownName)));
      } catch (DataFormatException refused) {
        broken.put(entry.key(), new AnswerEntry.Unusable(refused.problem(), refused.location()));
      }
    }
    return new DataNode.Mapping(answers.at(shownName), fields);
  }

  private Optional<DataNode.Mapping> parse(List<String> lines, Entry entry, String shownName) {
    try {
      return Optional.of(mapping(data.parse(padded(lines, entry), shownName)));
    } catch (DataFormatException e) {
      return Optional.empty();
    }
  }

  private static DataNode.Mapping mapping(DataNode node) throws DataFormatException {
    if (node instanceof DataNode.Mapping mapping) {
      return mapping;
    }
    throw new DataFormatException(node.location(), "not a key");
  }

  /** The entry's lines at their own line numbers: the lines before it blank. */
  private static String padded(List<String> lines, Entry entry) {
    StringBuilder text = new StringBuilder("\n".repeat(entry.from()));
    lines.subList(entry.from(), entry.to()).forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /** The keys written at {@code indent} between lines {@code from} and {@code to}, each with the lines up to the next. */
  private static List<Entry> entries(List<String> lines, int from, int to, int indent) {
    List<Entry> entries = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Matcher key = KEY_LINE.matcher(lines.get(i));
      if (key.matches() && key.group(1).length() == indent) {
        if (!entries.isEmpty()) {
          entries.set(entries.size() - 1, entries.get(entries.size() - 1).until(i));
        }
        entries.add(new Entry(key.group(2).strip(), key.group(3) == null ? "" : key.group(3), i, to, indent));
      }
    }
    return entries;
  }

  private static int firstIndent(List<String> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        return line.length() - line.stripLeading().length();
      }
    }
    return 2;
  }

  /**
   * One key and its lines.
   *
   * @param from the key's line, 0-based
   * @param to the line after its last, 0-based
   * @param indent the key's indentation in spaces
   */
  record Entry(String key, String value, int from, int to, int indent) {

    Entry until(int end) {
      return new Entry(key, value, from, end, indent);
    }

    Location at(String file) {
      return new Location(file, from + 1, indent + 1);
    }
  }
}
