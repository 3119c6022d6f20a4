package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code ndgrade} command: a table of contents of its subcommands. */
@Command(name = "ndgrade", mixinStandardHelpOptions = true, version = "ndgrade 0.1.0",
    description = "Predict what NumPy code does with memory (views, copies, aliases); get graded, with pictures.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
public final class NdgradeCommand implements Runnable {

  /** The subcommands in the order usage help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Specify a subcommand");
  }

  /**
   * The configured command line for {@code args}: when they name a subcommand, only that one is
   * built (picocli reads each command's annotations by reflection, the largest part of a short
   * run's start-up); otherwise all of them, for usage help and suggestions. Usage errors exit 2
   * (picocli's default); internal errors exit 3 with a short message instead of a stack trace.
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine commandLine = new CommandLine(new NdgradeCommand());
    String first = args.length > 0 ? args[0] : "";
    if (SUBCOMMANDS.containsKey(first)) {
      commandLine.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
      commandLine.addSubcommand("help", new CommandLine.HelpCommand());
    }
    commandLine.setParameterExceptionHandler(NdgradeCommand::usageError);
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

  /**
   * A usage error in a few lines: what is wrong, picocli's suggestions for a mistyped name, and
   * where the full usage is, instead of the whole usage text.
   */
  private static int usageError(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("ndgrade: " + exception.getMessage());
    UnmatchedArgumentException.printSuggestions(exception, err);
    List<String> help = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName(" ").split(" ")));
    help.remove(0);
    help.add("--help");
    err.println(Messages.of(Language.EN).text("cli.seeHelp", Invocation.current().command(help)));
    err.flush();
    return ExitCodes.USAGE;
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("eval", EvalCommand::new);
    commands.put("list", ListCommand::new);
    commands.put("start", StartCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("grade", GradeCommand::new);
    commands.put("batch", BatchCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("demo", DemoCommand::new);
    commands.put("new", NewCommand::new);
    commands.put("key", KeyCommand::new);
    commands.put("lint", LintCommand::new);
    commands.put("verify-keys", VerifyKeysCommand::new);
    commands.put("import", ImportCommand::new);
    return commands;
  }
}
