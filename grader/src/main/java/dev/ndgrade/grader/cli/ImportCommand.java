package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.authoring.DraftExercise;
import dev.ndgrade.grader.authoring.DraftYaml;
import dev.ndgrade.grader.authoring.Notebook;
import dev.ndgrade.grader.authoring.NotebookImporter;
import dev.ndgrade.grader.exercise.ExerciseBank;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade import NOTEBOOK.ipynb}: a draft exercise from a course notebook's code cells. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Draft an exercise from a Jupyter notebook: its code cells run in order in the reference; "
        + "each cell that shows something becomes a question of the kind it suggests, cells that "
        + "only prepare state become the setup, and the prose before a cell becomes the question's "
        + "explanation, in the notebook's language.",
        "psutil's Process().memory_info().rss becomes live_bytes()."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP,
        "1:The notebook cannot be read.", ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class ImportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "NOTEBOOK", description = "The .ipynb file.")
  private Path notebook;

  @Option(names = "--id", paramLabel = "ID", description = "The exercise's id (default: from the notebook's name).")
  private String id;

  @Option(names = "--exercises", paramLabel = "DIR", defaultValue = "exercises",
      description = "The bank to write it into, as DIR/ID/exercise.yaml (default: ${DEFAULT-VALUE}).")
  private Path bank;

  @Option(names = "--force", description = "Overwrite an existing exercise file.")
  private boolean force;

  @Override
  public Integer call() throws IOException {
    String exerciseId = id != null ? id : idOf(notebook);
    if (!ExerciseBank.isExerciseId(exerciseId)) {
      throw new ParameterException(spec.commandLine(), "'" + exerciseId + "' is not an exercise id; choose one with --id");
    }
    Path file = bank.resolve(exerciseId).resolve(ExerciseBank.EXERCISE_FILE);
    if (Files.exists(file) && !force) {
      throw new ParameterException(spec.commandLine(), file + " exists; use --force to overwrite it");
    }
    Notebook cells;
    try {
      cells = Notebook.read(notebook);
    } catch (IOException e) {
      spec.commandLine().getErr().println("ndgrade: cannot read the notebook: " + e.getMessage());
      return ExitCodes.UNUSABLE_INPUT;
    }
    DraftExercise draft = NotebookImporter.draft(cells, exerciseId);
    Files.createDirectories(file.getParent());
    Files.writeString(file, DraftYaml.of(draft, notebook.getFileName().toString()), StandardCharsets.UTF_8);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + file + ": " + draft.questions().size() + " questions, " + draft.skipped().size()
        + " cells left out. Review it, then run:");
    out.println("  grader/bin/ndgrade key " + file.getParent());
    out.println("  grader/bin/ndgrade lint " + file.getParent());
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code Course Notebook (1).ipynb} → {@code course-notebook-1}. */
  private static String idOf(Path notebook) {
    String stem = notebook.getFileName().toString().replaceFirst("\\.ipynb$", "").toLowerCase(Locale.ROOT);
    String slug = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
  }
}
