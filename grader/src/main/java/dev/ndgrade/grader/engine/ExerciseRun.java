package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.result.Verdict;

/** One exercise being graded for one submission, set up by its container before its questions' tests run. */
sealed interface ExerciseRun permits PredictRun, ImplementRun, PythonImplementRun {

  /** The verdict on {@code question}, one of the exercise's questions. */
  Verdict verdict(Question question);
}
