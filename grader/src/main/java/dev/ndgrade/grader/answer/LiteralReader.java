package dev.ndgrade.grader.answer;

import dev.ndgrade.python.PythonException;
import dev.ndgrade.python.Session;
import java.util.Optional;

/**
 * Reads literal answers ({@code array([17, 2, 3])}, {@code [17 2 3]}, {@code (2, 3)}, {@code np.int64(3)})
 * into values of the snippet interpreter, so they can be compared by meaning. Not thread-safe:
 * it owns one interpreter namespace.
 */
public final class LiteralReader {

  private final Session session;

  private LiteralReader(Session session) {
    this.session = session;
  }

  /** A reader with its own fresh interpreter namespace. */
  public static LiteralReader create() {
    return new LiteralReader(Session.create());
  }

  /** The value {@code text} denotes, or empty when it is not a literal the interpreter accepts. */
  public Optional<Object> read(String text) {
    Optional<String> source = PythonLiteral.toSource(text);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(session.evalExpression(source.get()));
    } catch (PythonException notALiteral) {
      return Optional.empty();
    } catch (RuntimeException interpreterFault) {
      // an answer must never crash grading, even one the interpreter mishandles: it is then just unreadable
      return Optional.empty();
    }
  }

  /** Python's repr of a value this reader produced. */
  public String repr(Object value) {
    return session.repr(value);
  }
}
