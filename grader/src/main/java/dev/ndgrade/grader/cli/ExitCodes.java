package dev.ndgrade.grader.cli;

/** The exit codes of every {@code ndgrade} command (documented in README "Exit codes"). */
final class ExitCodes {

  /** The command did its job (answers graded, however right or wrong they were). */
  static final int OK = 0;
  /** Some input could not be used: an answer or exercise file has errors (each reported with its location). */
  static final int UNUSABLE_INPUT = 1;
  /** The command line is wrong: unknown option, missing argument, unknown exercise. */
  static final int USAGE = 2;
  /** ndgrade itself failed (a bug); the message says where. */
  static final int INTERNAL = 3;
  /** A tool the command runs is missing: {@code verify-keys} without python3 and NumPy. */
  static final int MISSING_TOOL = 4;

  /** The usage help's lines for each code (annotation constants, so they are spelled once). */
  static final String OK_HELP = "0:Success: the command did its job (graded answers may still be wrong).";
  static final String UNUSABLE_INPUT_HELP =
      "1:Some input could not be used: an answer or exercise file has errors, reported as file:line:column.";
  static final String USAGE_HELP = "2:Usage error: unknown option or exercise, missing argument.";
  static final String INTERNAL_HELP = "3:Internal error in ndgrade.";
  static final String MISSING_TOOL_HELP = "4:A tool it needs is missing: python3 with NumPy.";

  private ExitCodes() {}
}
