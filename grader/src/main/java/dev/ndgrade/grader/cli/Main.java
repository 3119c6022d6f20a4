package dev.ndgrade.grader.cli;

/** Entry point of {@code grader/bin/ndgrade}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Thymeleaf logs through SLF4J; without a provider SLF4J warns on stderr at every report.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(NdgradeCommand.commandLine(args).execute(args));
  }
}
