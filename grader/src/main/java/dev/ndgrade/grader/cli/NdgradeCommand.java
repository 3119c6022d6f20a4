package dev.ndgrade.grader.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code ndgrade} command: a table of contents of its subcommands. */
@Command(name = "ndgrade", mixinStandardHelpOptions = true, version = "ndgrade 0.1.0",
    description = "Predict what NumPy code does with memory (views, copies, aliases); get graded, with pictures.",
    subcommands = {EvalCommand.class, ListCommand.class, StartCommand.class, CheckCommand.class,
        GradeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
public final class NdgradeCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Specify a subcommand");
  }

  /** The configured command line: usage errors exit 2 (picocli's default), internal errors 3 with a short message. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new NdgradeCommand());
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      err.println("ndgrade: internal error: " + exception);
      StackTraceElement[] trace = exception.getStackTrace();
      if (trace.length > 0) {
        err.println("  at " + trace[0]);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    });
    return commandLine;
  }
}
