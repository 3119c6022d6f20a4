package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.exercise.Choice;
import dev.ndgrade.grader.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares choice labels; the option's text, or the label with a bracket ({@code b)}), also count. */
final class ChoiceComparator implements AnswerComparator {

  private final List<Choice> choices;
  private final Messages messages;

  ChoiceComparator(List<Choice> choices, Messages messages) {
    this.choices = List.copyOf(choices);
    this.messages = messages;
  }

  @Override
  public Match compare(String expected, String given) {
    Optional<Choice> picked = pick(given);
    if (picked.isEmpty()) {
      return Match.none(messages.text("note.choiceLabels", String.join(", ", choices.stream().map(Choice::label).toList())));
    }
    if (!picked.get().label().equals(pick(expected).map(Choice::label).orElse(expected.strip()))) {
      return Match.none();
    }
    return given.strip().equals(picked.get().label()) ? Match.exact()
        : Match.byMeaning(messages.text("note.choiceRight", picked.get().label()));
  }

  private Optional<Choice> pick(String answer) {
    String text = answer.strip();
    String label = text.replaceAll("^[(\\[]|[)\\].:]$", "").strip().toLowerCase(Locale.ROOT);
    return choices.stream()
        .filter(c -> c.label().toLowerCase(Locale.ROOT).equals(label) || c.text().strip().equalsIgnoreCase(text))
        .findFirst();
  }
}
