package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.json.TranscriptsJson;
import dev.ndgrade.python.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade eval FILE...}: runs NumPy snippets in the reference interpreter, as interactive Python would. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run each file's top-level statements one by one, as CPython 3.11 with NumPy 2.4 does in",
        "interactive mode after `import numpy as np`, and print what it prints. Each file gets a fresh namespace."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class EvalCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON array: [{\"file\": ..., \"output\": ...}, ...].")
  private boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Python files to run.")
  private List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<TranscriptsJson.FileOutput> outputs = new ArrayList<>();
    int exit = ExitCodes.OK;
    for (Path file : files) {
      String source;
      try {
        source = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
        exit = ExitCodes.UNUSABLE_INPUT;
        continue;
      }
      String output = Session.create().run(source, file.toString()).output();
      if (json) {
        outputs.add(new TranscriptsJson.FileOutput(file.toString(), output));
      } else {
        out.print(output);
      }
    }
    if (json) {
      out.print(TranscriptsJson.write(outputs));
    }
    out.flush();
    return exit;
  }
}
