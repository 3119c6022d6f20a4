package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.authoring.Finding;
import dev.ndgrade.grader.authoring.KeyVerifier;
import dev.ndgrade.grader.authoring.NumpyKeys;
import dev.ndgrade.grader.authoring.NumpyUnavailableException;
import dev.ndgrade.grader.authoring.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ndgrade verify-keys [DIR]}: every key of the reference against real CPython + NumPy. */
@Command(name = "verify-keys", mixinStandardHelpOptions = true,
    description = {"Run every question's setup and code through real CPython + NumPy and report each "
        + "question whose key or printed output differs from the reference's, as file:line:column.",
        "Needs python3 with NumPy (the keys are NumPy 2.4's; another version may disagree where "
        + "NumPy changed)."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:Every key agrees with NumPy.",
        "1:Some key disagrees, or an exercise cannot be used (file:line:column).", ExitCodes.USAGE_HELP,
        ExitCodes.INTERNAL_HELP, ExitCodes.MISSING_TOOL_HELP})
final class VerifyKeysCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private AuthoredExercises exercises;

  @Option(names = "--python", paramLabel = "PYTHON", defaultValue = "python3",
      description = "The Python interpreter with NumPy (default: ${DEFAULT-VALUE}, from PATH).")
  private String python;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "How long Python may run for the whole bank (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Verification verification;
    try {
      verification = new KeyVerifier(new NumpyKeys(python, timeoutSeconds)).verify(exercises.bank(), exercises.ids());
    } catch (NumpyUnavailableException e) {
      err.println("ndgrade: cannot verify keys: " + e.getMessage());
      err.flush();
      return ExitCodes.MISSING_TOOL;
    }
    verification.disagreements().forEach(out::println);
    int count = verification.disagreements().size();
    out.println(verification.questions() + " questions run in CPython " + verification.python() + " + NumPy "
        + verification.numpy() + ": " + (count == 0 ? "every key agrees"
        : count + (count == 1 ? " problem" : " problems")));
    if (!verification.numpy().startsWith("2.4.")) {
      out.println("note: the reference follows NumPy 2.4; NumPy " + verification.numpy() + " may differ");
    }
    out.flush();
    return count == 0 ? ExitCodes.OK : ExitCodes.UNUSABLE_INPUT;
  }
}
