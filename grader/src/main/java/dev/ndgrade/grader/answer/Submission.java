package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.data.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's answer file for one exercise.
 *
 * @param student the student's id
 * @param exercise the exercise's id
 * @param answers question id to entry, in file order
 * @param notes located remarks that cost nothing (an unknown question id, a guessed student id)
 * @param file the file as the user named it
 */
public record Submission(String student, String exercise, Map<String, AnswerEntry> answers,
                         List<String> notes, String file) {

  public Submission {
    Objects.requireNonNull(student, "student must not be null");
    Objects.requireNonNull(exercise, "exercise must not be null");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    notes = List.copyOf(notes);
    Objects.requireNonNull(file, "file must not be null");
  }

  /** The entry for a question; a missing question is blank at the file's start. */
  public AnswerEntry answer(String questionId) {
    return Optional.ofNullable(answers.get(questionId))
        .orElseGet(() -> new AnswerEntry.Blank(Location.ofFile(file)));
  }
}
