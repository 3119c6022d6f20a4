package dev.ndgrade.grader.cli;

/** Entry point of {@code grader/bin/ndgrade}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(NdgradeCommand.commandLine().execute(args));
  }
}
