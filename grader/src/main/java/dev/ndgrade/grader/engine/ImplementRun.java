package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.JavaSources;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.judge.TestJudge;
import dev.ndgrade.grader.result.Verdict;
import dev.ndgrade.grader.sandbox.JavaSubmission;
import dev.ndgrade.grader.sandbox.JavaSubmissionReader;
import dev.ndgrade.grader.sandbox.JavaTester;
import dev.ndgrade.grader.sandbox.WorkerRun;
import dev.ndgrade.grader.worker.TestReport;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * A Java implement exercise being graded: the submission is compiled, scanned and tested in a worker JVM when
 * the exercise's container starts, all tests in one job; each question's test then reads its report.
 */
final class ImplementRun implements ExerciseRun {

  /** How much of what a submission printed its report shows. */
  private static final int SHOWN_OUTPUT = 1000;

  private final Map<String, TestReport> reports;
  private final String stopped;
  private final boolean submitted;
  private final String output;

  private ImplementRun(Map<String, TestReport> reports, String stopped, boolean submitted) {
    this(reports, stopped, submitted, "");
  }

  private ImplementRun(Map<String, TestReport> reports, String stopped, boolean submitted, String output) {
    this.reports = reports;
    this.stopped = stopped;
    this.submitted = submitted;
    this.output = output;
  }

  /** Tests the submission the parameters name, if any, against {@code exercise}. */
  static ImplementRun start(Exercise exercise, JavaSources sources, ConfigurationParameters parameters) {
    Optional<String> path = parameters.get(GradingParameters.ANSWERS_PROPERTY_NAME);
    if (path.isEmpty()) {
      return new ImplementRun(Map.of(), "", false);
    }
    String shown = parameters.get(GradingParameters.ANSWERS_SHOWN_PROPERTY_NAME).orElse(path.get());
    JavaSubmission submission;
    try {
      submission = JavaSubmissionReader.read(GradingParameters.answersPath(path.get()), shown);
    } catch (DataFormatException e) {
      return new ImplementRun(Map.of(), e.getMessage(), true);
    }
    if (!submission.exercise().equals(exercise.id())) {
      return new ImplementRun(Map.of(), shown + ": the submission is for exercise '" + submission.exercise()
          + "', not '" + exercise.id() + "'", true);
    }
    WorkerRun run;
    try {
      run = JavaTester.shared().test(sources, submission);
    } catch (IllegalStateException e) {
      throw new ExerciseUnusableException(e.getMessage());
    }
    return new ImplementRun(run.reports().stream()
        .collect(Collectors.toMap(TestReport::test, Function.identity(), (first, second) -> first)),
        run.stopped(), true, run.output());
  }

  /** A remark on what the submission printed while its tests ran, empty when it printed nothing. */
  Optional<String> outputNote() {
    if (output.isBlank()) {
      return Optional.empty();
    }
    String shown = output.length() > SHOWN_OUTPUT ? output.substring(0, SHOWN_OUTPUT) + " …" : output;
    return Optional.of("Your code printed (" + output.length() + " characters kept): " + shown.strip());
  }

  @Override
  public Verdict verdict(Question question) {
    if (!submitted) {
      return Verdict.unanswered(question, "no submission was given");
    }
    return TestJudge.judge(question, Optional.ofNullable(reports.get(question.id())), stopped);
  }
}
