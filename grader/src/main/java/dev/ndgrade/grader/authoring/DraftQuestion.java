package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.exercise.Visibility;
import java.util.List;
import java.util.Objects;

/**
 * A question guessed from a notebook cell, for the author to rework.
 *
 * @param cells the labels of the notebook cells its code comes from
 * @param code the code, translated for the reference
 * @param ask the guessed answer kind
 * @param of the two names of a relation question, empty otherwise
 * @param explain the notebook's prose before the cell, kept as written (possibly empty)
 * @param visibility every third question is hidden, so the draft mixes both
 * @param shown what the notebook showed, possibly empty
 * @param reference what the reference printed for the same code
 */
public record DraftQuestion(List<String> cells, String code, AnswerKind ask, List<String> of, String explain,
                            Visibility visibility, String shown, String reference) {

  public DraftQuestion {
    cells = List.copyOf(cells);
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(ask, "ask must not be null");
    of = List.copyOf(of);
    Objects.requireNonNull(explain, "explain must not be null");
    Objects.requireNonNull(visibility, "visibility must not be null");
    Objects.requireNonNull(shown, "shown must not be null");
    Objects.requireNonNull(reference, "reference must not be null");
  }
}
