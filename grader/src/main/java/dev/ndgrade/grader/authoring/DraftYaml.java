package dev.ndgrade.grader.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Writes a {@link DraftExercise} as {@code exercise.yaml}, with comments that say where each
 * question comes from, what the notebook showed and what the reference prints instead.
 */
public final class DraftYaml {

  private static final int SHOWN_LINES = 6;

  private DraftYaml() {}

  /** The YAML text of {@code draft}; {@code notebook} names the file it came from. */
  public static String of(DraftExercise draft, String notebook) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Drafted by `ndgrade import` from ").append(notebook).append(". Review every question:\n")
        .append("# the kinds are guessed, the explanations are the notebook's own prose, and the\n")
        .append("# misconceptions are yours to add. Then run `ndgrade key` and `ndgrade lint` on it.\n");
    if (!draft.skipped().isEmpty()) {
      yaml.append("# Cells left out (the reference cannot run them):\n");
      draft.skipped().forEach(line -> comment(yaml, "", line));
    }
    yaml.append("id: ").append(draft.id()).append('\n');
    yaml.append("title: ").append(quoted(draft.title())).append('\n');
    yaml.append("source: ").append(quoted("Imported from " + notebook)).append('\n');
    if (!draft.setup().isBlank()) {
      block(yaml, "", "setup", draft.setup());
    }
    yaml.append("questions:\n");
    for (int i = 0; i < draft.questions().size(); i++) {
      question(yaml, "q" + (i + 1), draft.questions().get(i));
    }
    return yaml.toString();
  }

  private static void question(StringBuilder yaml, String id, DraftQuestion question) {
    yaml.append('\n');
    comment(yaml, "  ", String.join(", ", question.cells()));
    shown(yaml, "the notebook showed:", question.shown());
    shown(yaml, "the reference prints:", question.reference());
    yaml.append("  - id: ").append(id).append('\n');
    block(yaml, "    ", "code", question.code());
    yaml.append("    ask: ").append(question.ask().word()).append('\n');
    if (!question.of().isEmpty()) {
      yaml.append("    of: [").append(String.join(", ", question.of())).append("]\n");
    }
    yaml.append("    visibility: ").append(question.visibility().word()).append('\n');
    if (question.explain().isBlank()) {
      yaml.append("    explain: \"\"\n");
    } else {
      block(yaml, "    ", "explain", question.explain() + "\n");
    }
  }

  private static void shown(StringBuilder yaml, String label, String text) {
    if (text.isBlank()) {
      return;
    }
    comment(yaml, "  ", label);
    List<String> lines = text.stripTrailing().lines().toList();
    lines.stream().limit(SHOWN_LINES).forEach(line -> comment(yaml, "  ", "  " + line));
    if (lines.size() > SHOWN_LINES) {
      comment(yaml, "  ", "  ...");
    }
  }

  private static void comment(StringBuilder yaml, String indent, String text) {
    yaml.append(indent).append("# ").append(text.replace("\n", " ")).append('\n');
  }

  /** A literal block: any text, kept line for line. */
  private static void block(StringBuilder yaml, String indent, String key, String text) {
    yaml.append(indent).append(key).append(": |\n");
    text.stripTrailing().lines().forEach(line -> yaml.append(line.isEmpty() ? "" : indent + "  " + line).append('\n'));
  }

  /** A double-quoted YAML scalar: JSON's string syntax is YAML's. */
  private static String quoted(String text) {
    try {
      return JsonMapper.builder().build().writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot quote " + text, e);
    }
  }
}
