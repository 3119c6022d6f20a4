package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.answer.Submission;
import dev.ndgrade.grader.answer.SubmissionReader;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.judge.QuestionJudge;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.result.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/** A predict exercise being graded: its key, the submission's answers (or why they cannot be read), a judge. */
final class PredictRun implements ExerciseRun {

  private final AnswerKey key;
  private final Submission submission;
  private final String submissionProblem;
  private final QuestionJudge judge;

  private PredictRun(Exercise exercise, AnswerKey key, Submission submission, String submissionProblem) {
    this.key = key;
    this.submission = submission;
    this.submissionProblem = submissionProblem;
    this.judge = QuestionJudge.create(messagesFor(exercise));
  }

  /** Starts grading {@code exercise} against the answer file the parameters name, if any. */
  static PredictRun start(Exercise exercise, AnswerKey key, ConfigurationParameters parameters) {
    Optional<String> answers = parameters.get(GradingParameters.ANSWERS_PROPERTY_NAME);
    if (answers.isEmpty()) {
      return new PredictRun(exercise, key, new Submission("", exercise.id(), Map.of(), List.of(), ""), "");
    }
    String shown = parameters.get(GradingParameters.ANSWERS_SHOWN_PROPERTY_NAME).orElse(answers.get());
    Set<String> questionIds = exercise.questions().stream().map(Question::id).collect(Collectors.toCollection(HashSet::new));
    try {
      Submission submission = SubmissionReader.create(messagesFor(exercise)).read(GradingParameters.answersPath(answers.get()), shown,
          questionIds);
      if (!submission.exercise().equals(exercise.id())) {
        return new PredictRun(exercise, key, null, shown + ": the answers are for exercise '"
            + submission.exercise() + "', not '" + exercise.id() + "'");
      }
      return new PredictRun(exercise, key, submission, "");
    } catch (DataFormatException e) {
      return new PredictRun(exercise, key, null, e.getMessage());
    }
  }

  /** The exercise's language: the judge's notes and the answer file's explanations speak it. */
  private static Messages messagesFor(Exercise exercise) {
    return Messages.of(Language.fromTag(exercise.lang()).orElse(Language.EN));
  }

  @Override
  public Verdict verdict(Question question) {
    if (submission == null) {
      return Verdict.error(question, submissionProblem);
    }
    Optional<String> unknown = key.unknownBecause(question.id());
    if (unknown.isPresent()) {
      return Verdict.error(question, unknown.get());
    }
    return key.question(question.id())
        .map(questionKey -> judge.judge(question, questionKey, submission.answer(question.id())))
        .orElseGet(() -> Verdict.error(question, "the key has no answer for " + question.id()));
  }
}
