package dev.ndgrade.grader.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.KeyComputer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafting an exercise from the course's seed notebook (its text export, rebuilt as an .ipynb). */
class NotebookImporterTests {

  @TempDir
  Path dir;

  @Test
  void theSeedNotebookBecomesADraftWhoseEveryKeyComputesWithItsKoreanProseKept() throws Exception {
    Path ipynb = dir.resolve("numpy-views.ipynb");
    Files.writeString(ipynb, TextExportNotebook.toIpynb(seed()));
    DraftExercise draft = NotebookImporter.draft(Notebook.read(ipynb), "numpy-views");
    Files.createDirectories(dir.resolve("bank/numpy-views"));
    Files.writeString(dir.resolve("bank/numpy-views/exercise.yaml"), DraftYaml.of(draft, "numpy-views.ipynb"));

    Exercise exercise = ExerciseBank.at(dir.resolve("bank"), "bank").load("numpy-views");
    AnswerKey key = KeyComputer.compute(exercise);
    assertEquals(exercise.questions().size(), key.questions().size());
    assertTrue(exercise.questions().size() >= 20, exercise.questions().size() + " questions");
    Set<AnswerKind> kinds = exercise.questions().stream().map(Question::ask).collect(Collectors.toSet());
    assertEquals(EnumSet.of(AnswerKind.VALUE, AnswerKind.OUTPUT, AnswerKind.BYTES, AnswerKind.RELATION), kinds);
    assertEquals("NumPy view", exercise.title());

    String yaml = Files.readString(dir.resolve("bank/numpy-views/exercise.yaml"));
    assertTrue(yaml.contains("이것이 Python list인 경우 원본 객체를 삭제하면 메모리가 해제됩니다."), "Korean prose is kept");
    assertTrue(yaml.contains("live_bytes()") && !yaml.contains("Process()"), "RSS becomes live_bytes()");
    assertTrue(yaml.contains("# In [1]: UnsupportedError: ndgrade does not support importing module 'inspect'"), yaml);
    assertTrue(yaml.contains("# the notebook showed:\n  #   915521536\n  # the reference prints:\n  #   808000000"), yaml);
  }

  @Test
  void aCellThatOnlyBindsAViewBecomesARelationQuestion() throws Exception {
    Notebook notebook = new Notebook(List.of(
        new Notebook.Markdown("# Views\n\n뷰를 만듭니다."),
        new Notebook.Code("In [1]", "import numpy as np\na = np.arange(4)", ""),
        new Notebook.Code("In [2]", "b = a[::2]", ""),
        new Notebook.Code("In [3]", "c = a.copy()\nc[0] = 9", ""),
        new Notebook.Code("In [4]", "a", "array([0, 1, 2, 3])\n")));
    DraftExercise draft = NotebookImporter.draft(notebook, "views");
    assertEquals("a = np.arange(4)\n", draft.setup());
    assertEquals(2, draft.questions().size());
    DraftQuestion relation = draft.questions().get(0);
    assertEquals(AnswerKind.RELATION, relation.ask());
    assertEquals(List.of("b", "a"), relation.of());
    DraftQuestion value = draft.questions().get(1);
    assertEquals(AnswerKind.VALUE, value.ask());
    assertEquals("c = a.copy()\nc[0] = 9\na\n", value.code(), "a cell that shows nothing joins the next question");
    assertEquals(List.of("In [3]", "In [4]"), value.cells());
    assertFalse(draft.questions().get(0).explain().isEmpty());
  }

  private static String seed() throws Exception {
    try (InputStream in = NotebookImporterTests.class.getResourceAsStream("/notebook/numpy-views-notebook.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
