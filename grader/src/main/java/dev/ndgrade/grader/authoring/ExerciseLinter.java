package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.answer.LiteralReader;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.PythonChecks;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.ExerciseKeyException;
import dev.ndgrade.grader.key.KeyComputer;
import dev.ndgrade.grader.key.QuestionKey;
import dev.ndgrade.grader.pycheck.CheckOutcome;
import dev.ndgrade.grader.pycheck.CheckRunner;
import dev.ndgrade.grader.variant.StudentVariant;
import dev.ndgrade.grader.variant.StudentVariant.Sample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an author must fix before students see an exercise: the file reads, every key
 * computes in the reference without refusals or slips, every misconception can match a real
 * wrong answer, and the exercise mixes visible and hidden questions, each explained. Not
 * thread-safe (it reads literals in one interpreter namespace).
 */
public final class ExerciseLinter {

  private final MisconceptionRules misconceptions = new MisconceptionRules(LiteralReader.create());

  /** The findings of every exercise of {@code bank}, exercise by exercise, in file order. */
  public List<Finding> lint(ExerciseBank bank) {
    List<Finding> findings = new ArrayList<>();
    for (String id : bank.ids()) {
      findings.addAll(lint(bank, id));
    }
    return findings;
  }

  /** The findings of one exercise; empty when it is ready for students. */
  public List<Finding> lint(ExerciseBank bank, String id) {
    Exercise exercise;
    try {
      exercise = bank.load(id);
    } catch (DataFormatException e) {
      return List.of(new Finding(e.location(), e.problem()));
    } catch (UnknownExerciseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (exercise.implement().isPresent()) {
      // no key to lint: the grader's tests prove its solution earns every point and its starter none
      return List.copyOf(structure(exercise));
    }
    Set<Finding> findings = new LinkedHashSet<>(structure(exercise));
    if (exercise.implement().isPresent()) {
      // no key: what an implement exercise must get right is that its reference solution passes
      findings.addAll(solutionFindings(exercise));
      return List.copyOf(findings);
    }
    for (Sample sample : StudentVariant.samples(exercise)) {
      findings.addAll(keyed(sample));
    }
    return List.copyOf(findings);
  }

  /** The findings about keys, for one variant (the exercise itself when it has no parameters). */
  private List<Finding> keyed(Sample sample) {
    String with = sample.values().isEmpty() ? "" : "with " + sample.values() + ": ";
    List<Finding> findings = new ArrayList<>();
    try {
      AnswerKey key = KeyComputer.compute(sample.exercise());
      for (Question question : sample.exercise().questions()) {
        Optional<QuestionKey> questionKey = key.question(question.id());
        if (questionKey.isEmpty()) { // its code went over a limit, or came after one that did
          findings.add(new Finding(question.location(), with + "question " + question.id() + ": "
              + key.unknownBecause(question.id()).orElse("no key")));
          continue;
        }
        findings.addAll(TranscriptRules.check(question, questionKey.get()));
        findings.addAll(misconceptions.check(question, questionKey.get()));
      }
    } catch (ExerciseKeyException e) {
      findings.add(new Finding(e.location(), with + e.problem()));
    }
    return findings;
  }

  /** A Python implement exercise's checks its reference solution fails; Java ones are proved by the grader's tests. */
  private static List<Finding> solutionFindings(Exercise exercise) {
    if (!(exercise.implement().get() instanceof PythonChecks python)) {
      return List.of();
    }
    CheckRunner runner = new CheckRunner(exercise.limits());
    List<Finding> findings = new ArrayList<>();
    for (Question check : exercise.questions()) {
      CheckOutcome outcome = runner.run(python.solution(), PythonChecks.SOLUTION + "/" + exercise.id() + ".py", check,
          python.property(check));
      if (outcome.status() != CheckOutcome.Status.PASSED) {
        findings.add(new Finding(check.location(), "the reference solution fails check " + check.id() + ": "
            + outcome.error().text()));
      }
    }
    return findings;
  }

  private static List<Finding> structure(Exercise exercise) {
    List<Finding> findings = new ArrayList<>();
    for (Visibility visibility : Visibility.values()) {
      if (exercise.questions().stream().noneMatch(q -> q.visibility() == visibility)) {
        findings.add(new Finding(exercise.location(), "no question is " + visibility.word()
            + ": mix visible questions (students check them) and hidden ones (graded on submission)"));
      }
    }
    for (Question question : exercise.questions()) {
      if (question.explain().isBlank()) {
        findings.add(new Finding(question.location(), "question " + question.id()
            + " has no 'explain': the report has nothing to teach with"));
      }
    }
    return findings;
  }
}
