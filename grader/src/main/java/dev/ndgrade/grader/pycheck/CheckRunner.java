package dev.ndgrade.grader.pycheck;

import dev.ndgrade.grader.exercise.Property;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.memory.MemorySnapshot;
import dev.ndgrade.grader.memory.MemorySnapshots;
import dev.ndgrade.python.ProgramError;
import dev.ndgrade.limits.Limits;
import dev.ndgrade.python.ProgramResult;
import dev.ndgrade.python.Session;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs one check in a fresh session: the student's file, then the check's code, each as a program under the
 * limits (the exercise's, per statement). Nothing carries over between checks, so a check that loops forever or allocates wildly fails alone.
 */
public final class CheckRunner {

  private final Limits limits;

  /** @param limits what each statement of the student's file and of a check may spend (the exercise's) */
  public CheckRunner(Limits limits) {
    this.limits = limits;
  }

  /** How {@code check} goes after {@code submission}'s file has run, for every input it draws if it draws any. */
  public CheckOutcome run(PythonSubmission submission, Question check, Optional<Property> property) {
    return run(submission.source(), submission.shownName(), check, property);
  }

  /** How {@code check} goes after {@code source} (named {@code fileName}) has run, for every input it draws. */
  public CheckOutcome run(String source, String fileName, Question check, Optional<Property> property) {
    if (property.isEmpty()) {
      return run(source, fileName, check, "");
    }
    SplittableRandom random = new SplittableRandom(property.get().seed());
    for (int i = 0; i < property.get().cases(); i++) {
      ArraySpec input = ArraySpec.draw(random);
      CheckOutcome outcome = run(source, fileName, check, input.binding(property.get().name()));
      if (outcome.status() != CheckOutcome.Status.PASSED) {
        return shrink(source, fileName, check, property.get(), input, outcome);
      }
    }
    return new CheckOutcome(CheckOutcome.Status.PASSED, null, "", MemorySnapshot.EMPTY);
  }

  /**
   * The simplest input that still fails the same way: each step takes the first simpler array that does, until none
   * does. Its outcome names it, as the Python that makes it.
   */
  private CheckOutcome shrink(String source, String fileName, Question check, Property property, ArraySpec failing,
                              CheckOutcome failure) {
    ArraySpec smallest = failing;
    CheckOutcome outcome = failure;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (ArraySpec simpler : smallest.simpler()) {
        CheckOutcome tried = run(source, fileName, check, simpler.binding(property.name()));
        if (tried.status() == failure.status()) {
          smallest = simpler;
          outcome = tried;
          shrunk = true;
          break;
        }
      }
    }
    String input = "Smallest failing input (" + property.cases() + " drawn, seed " + property.seed() + "): "
        + smallest.binding(property.name()).strip().replace("\n", "; ");
    return new CheckOutcome(outcome.status(), outcome.error(),
        outcome.place().isEmpty() ? input : input + ". " + outcome.place(), outcome.memory());
  }

  /** How {@code check} goes after {@code source} has run, then {@code input} (statements binding its input). */
  private CheckOutcome run(String source, String fileName, Question check, String input) {
    Session session = Session.create(limits);
    Optional<ProgramError> fileError = session.exec(source, fileName).error();
    if (fileError.isPresent()) {
      return new CheckOutcome(CheckOutcome.Status.UNGRADABLE, fileError.get(), "", MemorySnapshot.EMPTY);
    }
    Optional<ProgramError> inputError = session.exec(input, "<input>").error();
    if (inputError.isPresent()) {
      return new CheckOutcome(CheckOutcome.Status.UNGRADABLE, inputError.get(), "", MemorySnapshot.EMPTY);
    }
    ProgramResult result = session.exec(check.code(), checkFile(check));
    if (result.error().isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.PASSED, null, "", MemorySnapshot.EMPTY);
    }
    ProgramError error = result.error().get();
    if (error.type().equals("UnsupportedError")) {
      return new CheckOutcome(CheckOutcome.Status.UNGRADABLE, error, "", MemorySnapshot.EMPTY);
    }
    return new CheckOutcome(CheckOutcome.Status.FAILED, error, place(error, check.code(), source),
        MemorySnapshots.numbering().capture(session));
  }

  /** How error messages name a check's code. */
  public static String checkFile(Question check) {
    return "<check " + check.id() + ">";
  }

  /**
   * "Raised at line 4 of the check: assert …", then, when the error left one of the student's functions, "inside
   * head(), line 3 of your file: return arr[:n]".
   */
  static String place(ProgramError error, String checkCode, String source) {
    StringBuilder place = new StringBuilder();
    quote(checkCode, error.line()).ifPresent(line -> place.append("Raised at line ").append(error.line())
        .append(" of the check: ").append(line));
    error.function().ifPresent(in -> quote(source, in.line()).ifPresent(line -> place.append(place.isEmpty() ? "" : "; ")
        .append("inside ").append(in.function()).append("(), line ").append(in.line()).append(" of your file: ")
        .append(line)));
    return place.toString();
  }

  private static Optional<String> quote(String text, int line) {
    List<String> lines = text.lines().toList();
    return line < 1 || line > lines.size() ? Optional.empty() : Optional.of(lines.get(line - 1).strip());
  }
}
