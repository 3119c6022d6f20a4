package dev.ndgrade.strided.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A property failed: the smallest failing case found by shrinking, what went wrong on it, and the arrays to
 * draw. An {@link AssertionError}, so test frameworks count it as a failed test.
 */
public final class CaseFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final String caseText;
  private final String problem;
  private final transient List<NamedLayout> pictured;

  CaseFailure(Case shrunk, Throwable failure, int tried) {
    super("fails on " + shrunk.describe() + ": " + problemOf(failure) + " (smallest of " + tried
        + " failing case" + (tried == 1 ? "" : "s") + " tried)");
    initCause(failure);
    this.caseText = shrunk.describe();
    this.problem = problemOf(failure);
    List<NamedLayout> all = new ArrayList<>(shrunk.pictured());
    if (failure instanceof LayoutMismatch mismatch) {
      all.addAll(mismatch.pictured());
    }
    this.pictured = List.copyOf(all);
  }

  /** The shrunk case as the student reads it. */
  public String caseText() {
    return caseText;
  }

  /** What went wrong on it, one line (the failure itself is the cause). */
  public String problem() {
    return problem;
  }

  /** The arrays of the case and of the wrong result, to draw. */
  public List<NamedLayout> pictured() {
    return pictured;
  }

  static String problemOf(Throwable failure) {
    String message = failure.getMessage();
    if (failure instanceof AssertionError && message != null) {
      return message;
    }
    return failure.getClass().getName() + (message == null ? "" : ": " + message);
  }
}
