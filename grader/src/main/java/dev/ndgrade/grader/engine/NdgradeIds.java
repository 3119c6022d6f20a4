package dev.ndgrade.grader.engine;

import java.util.Optional;
import org.junit.platform.engine.UniqueId;

/**
 * The one place that knows ndgrade's unique-ID grammar:
 * {@code [engine:ndgrade]/[exercise:views-slicing]/[question:q1]}.
 */
public final class NdgradeIds {

  /** The engine's id (the {@code junit-} prefix is reserved for JUnit's own engines). */
  public static final String ENGINE_ID = "ndgrade";
  static final String EXERCISE = "exercise";
  static final String QUESTION = "question";

  private NdgradeIds() {}

  /** The engine's root id. */
  public static UniqueId engine() {
    return UniqueId.forEngine(ENGINE_ID);
  }

  /** The id of an exercise's container. */
  public static UniqueId exercise(String exerciseId) {
    return engine().append(EXERCISE, exerciseId);
  }

  /** The id of a question's test. */
  public static UniqueId question(String exerciseId, String questionId) {
    return exercise(exerciseId).append(QUESTION, questionId);
  }

  /** The exercise an id belongs to, if it is an exercise or question id of this engine. */
  public static Optional<String> exerciseOf(UniqueId id) {
    return segment(id, 1, EXERCISE);
  }

  /** The question an id names, if it is a question id of this engine. */
  public static Optional<String> questionOf(UniqueId id) {
    return segment(id, 2, QUESTION);
  }

  private static Optional<String> segment(UniqueId id, int index, String type) {
    var segments = id.getSegments();
    if (segments.size() <= index || !id.getEngineId().map(ENGINE_ID::equals).orElse(false)) {
      return Optional.empty();
    }
    var segment = segments.get(index);
    return type.equals(segment.getType()) ? Optional.of(segment.getValue()) : Optional.empty();
  }
}
