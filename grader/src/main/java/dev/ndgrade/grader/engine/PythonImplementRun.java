package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.PythonChecks;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.judge.CheckJudge;
import dev.ndgrade.grader.pycheck.CheckRunner;
import dev.ndgrade.grader.pycheck.PythonSubmission;
import dev.ndgrade.grader.pycheck.PythonSubmissionReader;
import dev.ndgrade.grader.result.Verdict;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * A Python implement exercise being graded: the container reads the {@code .py} submission; each check's test then
 * runs the check in a fresh session of the reference.
 */
final class PythonImplementRun implements ExerciseRun {

  private final PythonChecks checks;
  private final CheckRunner runner;
  private final PythonSubmission submission;
  private final String problem;

  private PythonImplementRun(Exercise exercise, PythonChecks checks, PythonSubmission submission, String problem) {
    this.checks = checks;
    this.runner = new CheckRunner(exercise.limits());
    this.submission = submission;
    this.problem = problem;
  }

  /** Reads the submission the parameters name, if any, for {@code exercise}. */
  static PythonImplementRun start(Exercise exercise, PythonChecks checks, ConfigurationParameters parameters) {
    Optional<String> path = parameters.get(GradingParameters.ANSWERS_PROPERTY_NAME);
    if (path.isEmpty()) {
      return new PythonImplementRun(exercise, checks, null, "");
    }
    String shown = parameters.get(GradingParameters.ANSWERS_SHOWN_PROPERTY_NAME).orElse(path.get());
    try {
      PythonSubmission submission = PythonSubmissionReader.read(GradingParameters.answersPath(path.get()), shown);
      if (!submission.exercise().equals(exercise.id())) {
        return new PythonImplementRun(exercise, checks, null, shown + ": the submission is for exercise '" + submission.exercise()
            + "', not '" + exercise.id() + "'");
      }
      return new PythonImplementRun(exercise, checks, submission, "");
    } catch (DataFormatException e) {
      return new PythonImplementRun(exercise, checks, null, e.getMessage());
    }
  }

  @Override
  public Verdict verdict(Question question) {
    if (submission == null) {
      return problem.isEmpty() ? Verdict.unanswered(question, "no submission was given")
          : Verdict.error(question, problem);
    }
    return CheckJudge.judge(question, runner.run(submission, question, checks.property(question)));
  }
}
