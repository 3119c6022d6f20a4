package dev.ndgrade.grader.engine;

/** Which questions a run grades. */
public enum Scope {
  /** Every question ({@code grade}). */
  ALL,
  /** Visible questions only ({@code check}, what students run). */
  VISIBLE
}
