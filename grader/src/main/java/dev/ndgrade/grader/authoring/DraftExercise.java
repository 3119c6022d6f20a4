package dev.ndgrade.grader.authoring;

import java.util.List;
import java.util.Objects;

/**
 * An exercise drafted from a notebook.
 *
 * @param id the exercise id
 * @param title the notebook's first heading, or its id
 * @param setup code of the cells before the first question
 * @param questions one per cell that shows something
 * @param skipped one line per cell the reference cannot run, with the reason
 */
public record DraftExercise(String id, String title, String setup, List<DraftQuestion> questions,
                            List<String> skipped) {

  public DraftExercise {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(setup, "setup must not be null");
    questions = List.copyOf(questions);
    skipped = List.copyOf(skipped);
  }
}
