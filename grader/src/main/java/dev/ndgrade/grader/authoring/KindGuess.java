package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.python.Session;
import dev.ndgrade.python.Transcript;
import dev.ndgrade.python.UnitOutcome;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses what a notebook cell asks students to predict from what it did in the reference: an
 * exception, bytes, printed output, a value, or, for a cell that only binds a new array from
 * another one, how the two relate.
 *
 * @param ask the answer kind, empty when the cell shows nothing to predict
 * @param of the two names of a relation, empty otherwise
 */
record KindGuess(Optional<AnswerKind> ask, List<String> of) {

  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)\\s*(.+)", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("(?<![.\\w])[A-Za-z_][A-Za-z0-9_]*");

  static KindGuess of(Transcript transcript, Session session) {
    if (transcript.firstErrorType().isPresent()) {
      return of(AnswerKind.ERROR);
    }
    List<UnitOutcome> units = transcript.units();
    Optional<UnitOutcome> last = units.isEmpty() ? Optional.empty() : Optional.of(units.get(units.size() - 1));
    Optional<String> value = last.flatMap(UnitOutcome::valueRepr);
    if (value.isPresent()) {
      if (last.get().source().contains("live_bytes()") && value.get().matches("[0-9]+")) {
        return of(AnswerKind.BYTES);
      }
      return of(transcript.output().strip().equals(value.get().strip()) ? AnswerKind.VALUE : AnswerKind.OUTPUT);
    }
    if (!transcript.output().isEmpty()) {
      return of(AnswerKind.OUTPUT);
    }
    return last.map(unit -> relation(unit.source().strip(), session))
        .orElse(new KindGuess(Optional.empty(), List.of()));
  }

  private static KindGuess of(AnswerKind kind) {
    return new KindGuess(Optional.of(kind), List.of());
  }

  /** {@code view = arr[:5]}: how the new array relates to the first array its expression names. */
  private static KindGuess relation(String statement, Session session) {
    Matcher assignment = ASSIGNMENT.matcher(statement);
    if (assignment.matches() && session.get(assignment.group(1)) instanceof NdArray) {
      Matcher name = NAME.matcher(assignment.group(2));
      while (name.find()) {
        String source = name.group();
        if (!source.equals(assignment.group(1)) && session.get(source) instanceof NdArray) {
          return new KindGuess(Optional.of(AnswerKind.RELATION), List.of(assignment.group(1), source));
        }
      }
    }
    return new KindGuess(Optional.empty(), List.of());
  }
}
