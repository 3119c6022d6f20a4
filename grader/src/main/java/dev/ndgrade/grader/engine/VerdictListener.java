package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.result.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns the engine's events for one exercise into verdicts. Every planned question starts as an
 * error ("not graded") and is overwritten when its test finishes, so a run that stops early still
 * accounts for every question. Never prints; exposes read-only results.
 */
final class VerdictListener implements TestExecutionListener {

  private final Exercise exercise;
  private final Map<String, Verdict> verdicts = new LinkedHashMap<>();
  private final Map<String, Verdict> published = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private String exerciseProblem = "";

  VerdictListener(Exercise exercise) {
    this.exercise = exercise;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    Set<UniqueId> planned = new HashSet<>();
    plan.getRoots().forEach(root -> plan.getDescendants(root).forEach(d -> planned.add(d.getUniqueIdObject())));
    for (Question question : exercise.questions()) {
      if (planned.contains(NdgradeIds.question(exercise.id(), question.id()))) {
        verdicts.put(question.id(), Verdict.error(question, "not graded: the grading run stopped before this question"));
      }
    }
  }

  @Override
  public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
    String note = entry.getKeyValuePairs().get(GradingParameters.NOTE_ENTRY_KEY);
    if (note != null && identifier.getUniqueIdObject().equals(NdgradeIds.exercise(exercise.id()))) {
      notes.add(note);
    }
    questionOf(identifier).ifPresent(question -> {
      String json = entry.getKeyValuePairs().get(GradingParameters.VERDICT_ENTRY_KEY);
      if (json != null) {
        published.put(question.id(), VerdictCodec.decode(json));
      }
    });
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    questionOf(identifier).ifPresent(question ->
        verdicts.put(question.id(), Verdict.error(question, "not graded: " + reason)));
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    Optional<Question> question = questionOf(identifier);
    if (question.isPresent()) {
      Verdict verdict = published.get(question.get().id());
      verdicts.put(question.get().id(), verdict != null ? verdict
          : Verdict.error(question.get(), "grading failed: " + message(result)));
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && exerciseProblem.isEmpty()) {
      exerciseProblem = message(result);
      verdicts.replaceAll((id, verdict) -> published.containsKey(id) ? verdict
          : Verdict.error(exercise.question(id).orElseThrow(), "exercise error: " + exerciseProblem));
    }
  }

  /** The verdicts of the planned questions, in exercise order. */
  List<Verdict> verdicts() {
    return exercise.questions().stream().map(q -> verdicts.get(q.id())).filter(v -> v != null).toList();
  }

  /** Remarks the exercise published about the whole submission, such as what its code printed. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** Why the exercise as a whole failed, empty if it did not. */
  String exerciseProblem() {
    return exerciseProblem;
  }

  private Optional<Question> questionOf(TestIdentifier identifier) {
    UniqueId id = identifier.getUniqueIdObject();
    if (!NdgradeIds.exerciseOf(id).map(exercise.id()::equals).orElse(false)) {
      return Optional.empty();
    }
    return NdgradeIds.questionOf(id).flatMap(exercise::question);
  }

  private static String message(TestExecutionResult result) {
    return result.getThrowable()
        .map(t -> t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
        .orElse(result.getStatus().name().toLowerCase(java.util.Locale.ROOT));
  }
}
