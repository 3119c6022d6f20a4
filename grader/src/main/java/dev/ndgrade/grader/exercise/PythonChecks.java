package dev.ndgrade.grader.exercise;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Python side of an implement exercise; its checks are the exercise's questions. The reference solution is
 * {@code solution/<id>.py} beside the exercise file: the tests grade it for full marks, and nothing students get
 * contains it.
 *
 * @param starter what {@code ndgrade start} writes into {@code <id>.py}, after the header lines
 * @param solution the reference solution's text
 * @param properties the drawn input of each property check, by check id
 */
public record PythonChecks(String starter, String solution, Map<String, Property> properties)
    implements Implementation {

  /** The folder of the reference solution. */
  public static final String SOLUTION = "solution";

  public PythonChecks {
    Objects.requireNonNull(starter, "starter must not be null");
    Objects.requireNonNull(solution, "solution must not be null");
    properties = Map.copyOf(properties);
  }

  /** The drawn input of {@code check}, when it is a property check. */
  public Optional<Property> property(Question check) {
    return Optional.ofNullable(properties.get(check.id()));
  }

  /** The header lines a submission starts with, which say whose it is and for which exercise. */
  public static String header(String exerciseId, String student) {
    return "# exercise: " + exerciseId + "\n# student: " + student + "\n";
  }
}
