package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.answer.AnswerTemplate;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.JavaSources;
import dev.ndgrade.grader.exercise.PythonChecks;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import dev.ndgrade.grader.variant.StudentVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade start EXERCISE}: writes the answer file a student fills in, or an implement exercise's starter. */
@Command(name = "start", mixinStandardHelpOptions = true,
    description = {"Write an answer file for EXERCISE: every question's code, and an empty answer to fill in.",
        "For a Java implement exercise, write its starter files into a directory; for a Python one,",
        "write EXERCISE.py."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class StartCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Mixin
  private CourseSeedOption courseSeed;

  @Parameters(paramLabel = "EXERCISE", description = "The exercise's id (see `ndgrade list`).")
  private String exerciseId;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the answer file (default: EXERCISE.answers.yaml).")
  private Path output;

  @Option(names = "--student", paramLabel = "ID", defaultValue = "your-id",
      description = "Your student id, written into the file (default: ${DEFAULT-VALUE}).")
  private String student;

  @Option(names = "--force", description = "Overwrite the file if it exists.")
  private boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Exercise exercise;
    try {
      exercise = bankOption.bank().load(exerciseId);
    } catch (UnknownExerciseException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (DataFormatException e) {
      spec.commandLine().getErr().println("ndgrade: the exercise cannot be used: " + e.getMessage());
      return ExitCodes.UNUSABLE_INPUT;
    }
    if (exercise.implement().orElse(null) instanceof JavaSources java) {
      return startJava(java, out);
    }
    if (exercise.implement().orElse(null) instanceof PythonChecks python) {
      return startPython(exercise, python, out);
    }
    Path file = writable(output != null ? output : Path.of(exercise.id() + ".answers.yaml"));
    Exercise yours = StudentVariant.of(exercise, student, courseSeed.seed());
    String nextStep = checkCommand(file);
    Files.writeString(file, AnswerTemplate.of(yours, student, nextStep), StandardCharsets.UTF_8);
    out.println("Wrote " + file + " (" + exercise.questions().size() + " questions). Fill in the answers, then run:");
    out.println("  " + nextStep);
    out.flush();
    return ExitCodes.OK;
  }

  /** The check command of {@code target}, for where the student is and with the bank and seed they gave. */
  private String checkCommand(Path target) {
    List<String> check = new ArrayList<>(List.of("check"));
    check.addAll(Invocation.options(bankOption, courseSeed));
    check.add(target.toString());
    return Invocation.current().command(check);
  }

  /** An implement exercise: its starter files, signed with the student's id, in a directory to submit as is. */
  private int startJava(JavaSources sources, PrintWriter out) throws IOException {
    Path dir = output != null ? output : Path.of(sources.directory().getFileName().toString().replace("/", ""));
    Path starter = sources.directory().resolve(JavaSources.STARTER);
    List<Path> files = sources.files(JavaSources.STARTER);
    for (Path file : files) {
      Path target = dir.resolve(starter.relativize(file).toString());
      writable(target);
      Files.createDirectories(target.getParent());
      Files.writeString(target, JavaSources.read(file).replaceFirst("(?m)^(// exercise: .*)$",
          "$1\n// student: " + student), StandardCharsets.UTF_8);
    }
    out.println("Wrote " + dir + " (" + files.size() + " Java file" + (files.size() == 1 ? "" : "s")
        + "). Complete the TODOs, then run:");
    out.println("  " + checkCommand(dir));
    out.flush();
    return ExitCodes.OK;
  }

  /** A Python implement exercise: {@code ID.py}, the header lines then the starter. */
  private int startPython(Exercise exercise, PythonChecks python, PrintWriter out) throws IOException {
    Path file = writable(output != null ? output : Path.of(exercise.id() + ".py"));
    Files.writeString(file, PythonChecks.header(exercise.id(), student) + "\n" + python.starter(),
        StandardCharsets.UTF_8);
    out.println("Wrote " + file + ". Complete the functions, then run:");
    out.println("  " + checkCommand(file));
    out.flush();
    return ExitCodes.OK;
  }

  private Path writable(Path file) {
    if (Files.exists(file) && !force) {
      throw new ParameterException(spec.commandLine(), file + " exists; use --force to overwrite it");
    }
    return file;
  }
}
