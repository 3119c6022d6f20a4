package dev.ndgrade.strided.check;

import java.util.List;
import java.util.function.Consumer;

/**
 * Checks a property on every generated case; on the first failure, shrinks it greedily (the first smaller
 * variant that still fails replaces it, until none does) and throws a {@link CaseFailure} for the smallest.
 */
public final class Properties {

  private static final int MAX_SHRINK_STEPS = 200;

  private Properties() {}

  /** Runs {@code property} on each case in order; throws a {@link CaseFailure} for the shrunk first failure. */
  public static <C extends Case> void forAll(List<C> cases, Consumer<C> property) {
    for (C candidate : cases) {
      Throwable failure = failureOf(candidate, property);
      if (failure != null) {
        shrink(candidate, failure, property);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <C extends Case> void shrink(C failing, Throwable failure, Consumer<C> property) {
    C smallest = failing;
    Throwable smallestFailure = failure;
    int tried = 1;
    boolean shrunk = true;
    for (int step = 0; shrunk && step < MAX_SHRINK_STEPS; step++) {
      shrunk = false;
      for (Case smaller : smallest.smaller()) {
        Throwable again = failureOf((C) smaller, property);
        if (again != null) {
          smallest = (C) smaller;
          smallestFailure = again;
          tried++;
          shrunk = true;
          break;
        }
      }
    }
    throw new CaseFailure(smallest, smallestFailure, tried);
  }

  private static <C extends Case> Throwable failureOf(C candidate, Consumer<C> property) {
    try {
      property.accept(candidate);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
