package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.json.TranscriptsJson;
import dev.ndgrade.limits.Limits;
import dev.ndgrade.python.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade eval FILE...}: runs NumPy snippets in the reference interpreter, as interactive Python would. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run each file's top-level statements one by one, as CPython 3.11 with NumPy 2.4 does in "
        + "interactive mode after `import numpy as np`, and print what it prints.",
        "Each file gets a fresh namespace, and its transcript is written as soon as it is done. A statement that "
        + "goes over a limit prints one `LimitError: ...` line and the run goes on."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class EvalCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON array: [{\"file\": ..., \"output\": ...}, ...].")
  private boolean json;

  @Option(names = "--limit", paramLabel = "NAME=VALUE",
      description = {"Change a limit (repeatable): steps, seconds and array-bytes per",
          "statement, int-bits, str-chars, list-items, output-bytes per file."})
  private Map<String, Long> limitSettings = Map.of();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Python files to run.")
  private List<Path> files;

  @Override
  public Integer call() {
    Limits limits = limits();
    PrintWriter out = spec.commandLine().getOut();
    TranscriptsJson array = json ? TranscriptsJson.open(out) : null;
    int exit = ExitCodes.OK;
    for (Path file : files) {
      String output;
      try {
        output = Session.create(limits).run(Files.readString(file, StandardCharsets.UTF_8), file.toString()).output();
      } catch (IOException e) {
        exit = Math.max(exit, failed(file, "cannot read the file", e, ExitCodes.UNUSABLE_INPUT));
        continue;
      } catch (RuntimeException e) { // a bug of ndgrade's on this file: the other files still run
        exit = Math.max(exit, failed(file, "internal error in ndgrade", e, ExitCodes.INTERNAL));
        continue;
      }
      if (array != null) {
        array.write(new TranscriptsJson.FileOutput(file.toString(), output));
      } else {
        out.print(output);
        out.flush();
      }
    }
    if (array != null) {
      array.close();
    }
    return exit;
  }

  private int failed(Path file, String what, Exception e, int exit) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(file + ": " + what + " (" + e.getClass().getSimpleName() + ")");
    err.flush();
    return exit;
  }

  private Limits limits() {
    Limits limits = Limits.DEFAULT;
    for (Map.Entry<String, Long> setting : limitSettings.entrySet()) {
      try {
        limits = limits.with(setting.getKey(), setting.getValue());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--limit: " + e.getMessage());
      }
    }
    return limits;
  }
}
