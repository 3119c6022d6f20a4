package dev.ndgrade.grader.variant;

import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Param;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exercise one student gets: each parameter's value is picked by a hash of the course seed,
 * the exercise, the student and the parameter (the same inputs give the same values on every
 * machine), and bound by assignments placed before the setup, so the key is computed for that
 * student by the reference like any other.
 */
public final class StudentVariant {

  private StudentVariant() {}

  /**
   * One variant checked on the author's behalf.
   *
   * @param values its values as a student reads them ({@code n = 3}), empty without parameters
   * @param exercise the exercise with those values bound
   */
  public record Sample(String values, Exercise exercise) {}

  /** The values {@code student} gets, parameter name to Python expression, in declaration order. */
  public static Map<String, String> values(Exercise exercise, String student, String courseSeed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Param param : exercise.params()) {
      long pick = hash(courseSeed + "\n" + exercise.id() + "\n" + student + "\n" + param.name());
      values.put(param.name(), param.values().get((int) Math.floorMod(pick, (long) param.values().size())));
    }
    return values;
  }

  /** The exercise as {@code student} gets it; the exercise itself when it has no parameters. */
  public static Exercise of(Exercise exercise, String student, String courseSeed) {
    return exercise.params().isEmpty() ? exercise : bound(exercise, values(exercise, student, courseSeed));
  }

  /**
   * Variants that between them give every parameter each of its values (the i-th takes each
   * parameter's i-th value, cycling), for checking an exercise's keys; the exercise itself when
   * it has no parameters.
   */
  public static List<Sample> samples(Exercise exercise) {
    int count = exercise.params().stream().mapToInt(p -> p.values().size()).max().orElse(0);
    if (count == 0) {
      return List.of(new Sample("", exercise));
    }
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Param param : exercise.params()) {
        values.put(param.name(), param.values().get(i % param.values().size()));
      }
      samples.add(new Sample(describe(values), bound(exercise, values)));
    }
    return samples;
  }

  /** {@code n = 7, dt = np.int32}: the values as a student reads them. */
  public static String describe(Map<String, String> values) {
    return values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static Exercise bound(Exercise exercise, Map<String, String> values) {
    StringBuilder setup = new StringBuilder();
    values.forEach((name, value) -> setup.append(name).append(" = ").append(value).append('\n'));
    setup.append(exercise.setup());
    return new Exercise(exercise.id(), exercise.title(), exercise.source(), setup.toString(), exercise.questions(),
        exercise.location(), exercise.lang(), List.of(), exercise.limits());
  }

  private static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
