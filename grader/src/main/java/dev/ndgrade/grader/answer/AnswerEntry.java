package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.data.Location;
import java.util.Objects;

/** What an answer file holds for one question: an answer, nothing, or something unusable. */
public sealed interface AnswerEntry permits AnswerEntry.Given, AnswerEntry.Blank, AnswerEntry.Unusable {

  /** Where the entry is written. */
  Location location();

  /** An answer, as text (numbers and booleans as written). */
  record Given(String text, Location location) implements AnswerEntry {
    public Given {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(location, "location must not be null");
    }
  }

  /** The question is listed but not answered (empty or null). */
  record Blank(Location location) implements AnswerEntry {
    public Blank {
      Objects.requireNonNull(location, "location must not be null");
    }
  }

  /** Something that cannot be an answer (a mapping, a huge string...), with the reason. */
  record Unusable(String reason, Location location) implements AnswerEntry {
    public Unusable {
      Objects.requireNonNull(reason, "reason must not be null");
      Objects.requireNonNull(location, "location must not be null");
    }
  }
}
