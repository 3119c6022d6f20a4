package dev.ndgrade.grader.result;

import java.util.List;
import java.util.Objects;

/**
 * The graded result of one answer file.
 *
 * @param student the student's id (the file's name when the file cannot be read)
 * @param exercise the exercise's id, empty when unknown
 * @param title the exercise's title, empty when unknown
 * @param file the answer file as the user named it
 * @param score points earned, two decimals
 * @param maxScore points available in this run
 * @param error why the submission as a whole could not be graded (located), empty when it could
 * @param notes remarks that cost nothing (ignored unknown answers)
 * @param questions one verdict per graded question, in exercise order
 * @param withheldQuestions hidden questions not graded in this run ({@code check})
 * @param withheldPoints their points
 * @param lms who submitted the file according to the LMS ({@link LmsStudent#NONE} when no LMS said)
 */
public record SubmissionResult(String student, String exercise, String title, String file, double score,
                               double maxScore, String error, List<String> notes, List<Verdict> questions,
                               int withheldQuestions, double withheldPoints, LmsStudent lms) {

  public SubmissionResult {
    Objects.requireNonNull(student, "student must not be null");
    Objects.requireNonNull(exercise, "exercise must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(error, "error must not be null");
    Objects.requireNonNull(lms, "lms must not be null");
    notes = List.copyOf(notes);
    questions = List.copyOf(questions);
    score = Points.round(score);
    maxScore = Points.round(maxScore);
  }

  /** A result no LMS has named the student of. */
  public SubmissionResult(String student, String exercise, String title, String file, double score, double maxScore,
                          String error, List<String> notes, List<Verdict> questions, int withheldQuestions,
                          double withheldPoints) {
    this(student, exercise, title, file, score, maxScore, error, notes, questions, withheldQuestions, withheldPoints,
        LmsStudent.NONE);
  }

  /** This result as submitted by {@code lms}. */
  public SubmissionResult withLms(LmsStudent lms) {
    return new SubmissionResult(student, exercise, title, file, score, maxScore, error, notes, questions,
        withheldQuestions, withheldPoints, lms);
  }

  /** A file that could not be graded at all: zero, with the located reason. */
  public static SubmissionResult ungradable(String student, String exercise, String file, double maxScore,
                                            String error) {
    return new SubmissionResult(student, exercise, "", file, 0, maxScore, error, List.of(), List.of(), 0, 0);
  }

  /** Whether the whole submission, or any question, could not be graded. */
  public boolean hasErrors() {
    return !error.isEmpty() || questions.stream().anyMatch(v -> v.status() == Status.ERROR);
  }
}
