package dev.ndgrade.grader.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.ExerciseKeyException;
import dev.ndgrade.grader.key.KeyComputer;
import dev.ndgrade.grader.key.QuestionKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares every question's key and transcript from the reference with what real CPython + NumPy
 * give for the same code: the safety net under keys nobody writes by hand.
 */
public final class KeyVerifier {

  private final NumpyKeys numpy;

  public KeyVerifier(NumpyKeys numpy) {
    this.numpy = numpy;
  }

  /** Verifies the exercises {@code ids} of {@code bank}, in one Python run. */
  public Verification verify(ExerciseBank bank, List<String> ids) throws NumpyUnavailableException, IOException {
    List<Finding> findings = new ArrayList<>();
    Map<Exercise, AnswerKey> keys = new LinkedHashMap<>();
    for (String id : ids) {
      try {
        Exercise exercise = bank.load(id);
        keys.put(exercise, KeyComputer.compute(exercise));
      } catch (DataFormatException e) {
        findings.add(new Finding(e.location(), e.problem()));
      } catch (ExerciseKeyException e) {
        findings.add(new Finding(e.location(), "the reference cannot compute this key (see lint): " + e.problem()));
      } catch (UnknownExerciseException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    JsonNode truth = numpy.compute(List.copyOf(keys.keySet()));
    String version = "NumPy " + truth.path("numpy").asText();
    int compared = 0;
    for (Map.Entry<Exercise, AnswerKey> entry : keys.entrySet()) {
      JsonNode exercise = truth.path("exercises").path(entry.getKey().id());
      if (exercise.has("error")) {
        findings.add(new Finding(entry.getKey().location(), version + " cannot run the exercise: "
            + exercise.get("error").asText()));
        continue;
      }
      for (Question question : entry.getKey().questions()) {
        QuestionKey reference = entry.getValue().question(question.id()).orElseThrow();
        compare(question, reference, exercise.path("questions").path(question.id()), version).ifPresent(findings::add);
        compared++;
      }
    }
    return new Verification(truth.path("python").asText(), truth.path("numpy").asText(), compared, findings);
  }

  private static Optional<Finding> compare(Question question, QuestionKey reference, JsonNode numpy,
                                                     String version) {
    String prefix = "question " + question.id() + ": ";
    if (numpy.has("error")) {
      return Optional.of(new Finding(question.location(), prefix + version + " gives no key ("
          + numpy.get("error").asText() + "); the reference's key is '" + AnswerText.oneLine(reference.expected())
          + "'"));
    }
    String key = numpy.path("key").isNull() ? "" : numpy.path("key").asText();
    if (!key.equals(reference.expected())) {
      return Optional.of(new Finding(question.location(), prefix + "the reference's key is '"
          + AnswerText.oneLine(reference.expected()) + "' but " + version + " gives '"
          + AnswerText.oneLine(key) + "'"));
    }
    String output = numpy.path("output").asText();
    if (!output.equals(reference.transcript())) {
      return Optional.of(new Finding(question.location(), prefix + "same key, but the reference prints '"
          + AnswerText.oneLine(reference.transcript()) + "' where " + version + " prints '"
          + AnswerText.oneLine(output) + "'"));
    }
    return Optional.empty();
  }
}
