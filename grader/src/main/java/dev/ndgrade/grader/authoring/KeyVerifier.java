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
import dev.ndgrade.grader.variant.StudentVariant;
import dev.ndgrade.grader.variant.StudentVariant.Sample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares every question's key and transcript from the reference with what real CPython + NumPy
 * give for the same code: the safety net under keys nobody writes by hand.
 */
public final class KeyVerifier {

  private final NumpyKeys numpy;

  public KeyVerifier(NumpyKeys numpy) {
    this.numpy = numpy;
  }

  /** Verifies the exercises {@code ids} of {@code bank} (every sample of a parameterised one), in one Python run. */
  public Verification verify(ExerciseBank bank, List<String> ids) throws NumpyUnavailableException, IOException {
    Set<Finding> findings = new LinkedHashSet<>();
    List<Sample> samples = new ArrayList<>();
    List<AnswerKey> keys = new ArrayList<>();
    for (String id : ids) {
      for (Sample sample : samples(bank, id, findings)) {
        try {
          keys.add(KeyComputer.compute(sample.exercise()));
          samples.add(sample);
        } catch (ExerciseKeyException e) {
          findings.add(new Finding(e.location(), "the reference cannot compute this key (see lint): " + e.problem()));
        }
      }
    }
    JsonNode truth = numpy.compute(samples.stream().map(Sample::exercise).toList());
    String version = "NumPy " + truth.path("numpy").asText();
    int compared = 0;
    for (int i = 0; i < samples.size(); i++) {
      Exercise exercise = samples.get(i).exercise();
      String with = samples.get(i).values().isEmpty() ? "" : "with " + samples.get(i).values() + ": ";
      JsonNode numpyKeys = truth.path("exercises").path(i);
      if (numpyKeys.has("error")) {
        findings.add(new Finding(exercise.location(), with + version + " cannot run the exercise: "
            + numpyKeys.get("error").asText()));
        continue;
      }
      for (Question question : exercise.questions()) {
        Optional<QuestionKey> reference = keys.get(i).question(question.id());
        if (reference.isEmpty()) { // over a limit: nothing to compare, and lint reports why
          findings.add(new Finding(question.location(), with + "question " + question.id() + ": "
              + keys.get(i).unknownBecause(question.id()).orElse("no key")));
          continue;
        }
        compare(question, reference.get(), numpyKeys.path("questions").path(question.id()), version, with)
            .ifPresent(findings::add);
        compared++;
      }
    }
    return new Verification(truth.path("python").asText(), truth.path("numpy").asText(), compared,
        List.copyOf(findings));
  }

  private static List<Sample> samples(ExerciseBank bank, String id, Set<Finding> findings) {
    try {
      Exercise exercise = bank.load(id);
      // an implement exercise has no key: its tests, run on its solution by the grader's tests, are its proof
      return exercise.implement().isPresent() ? List.of() : StudentVariant.samples(exercise);
    } catch (DataFormatException e) {
      findings.add(new Finding(e.location(), e.problem()));
      return List.of();
    } catch (UnknownExerciseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Optional<Finding> compare(Question question, QuestionKey reference, JsonNode numpy,
                                                     String version, String with) {
    String prefix = with + "question " + question.id() + ": ";
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
