package dev.ndgrade.grader.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, finding 1: a badly written answer is explained in the student's terms and costs only its question. */
class AnswerFileMistakesTests {

  private static final Set<String> QUESTIONS = Set.of("q1", "q2", "q3", "q4", "q5");
  private static final String HEAD = "student: ada\nexercise: views-slicing\nanswers:\n  q1: \"True\"\n";

  @TempDir
  Path dir;

  @Test
  void anOutputAnswerNotIndentedUnderItsBarIsExplainedAndTheOthersAreStillRead() throws Exception {
    Submission submission = read(HEAD + "  q4: view\n  q5: |\n  (8,) (24,)\n  (4,) True\n");
    assertEquals("ada", submission.student());
    assertEquals("True", given(submission, "q1"));
    assertEquals("view", given(submission, "q4"));
    AnswerEntry.Unusable q5 = assertInstanceOf(AnswerEntry.Unusable.class, submission.answer("q5"));
    assertEquals("the answer for q5 must be indented under `q5: |` (line 7): start each of its lines with at least"
        + " 4 spaces, as `ndgrade start` wrote the file", q5.reason());
    assertEquals("a.yaml:6:3", q5.location().toString());
  }

  @Test
  void aTabIsNamedAsTheProblem() throws Exception {
    Submission submission = read(HEAD + "  q5: |\n\t(8,) (24,)\n  q2: \"[0 1]\"\n");
    assertTrue(unusable(submission, "q5").contains("is indented with a tab (line 6)"), unusable(submission, "q5"));
    assertEquals("[0 1]", given(submission, "q2"));
  }

  @Test
  void anUnclosedQuoteCostsOnlyItsOwnAnswer() throws Exception {
    Submission submission = read("student: ada\nexercise: views-slicing\nanswers:\n  q1: \"True\n  q2: view\n");
    assertTrue(unusable(submission, "q1").startsWith("the answer for q1 cannot be read (line 4): its double quotes"),
        unusable(submission, "q1"));
    assertEquals("view", given(submission, "q2"));
  }

  @Test
  void explainsInKoreanWhenTheExerciseSpeaksKorean() throws Exception {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, HEAD + "  q5: |\n  (8,)\n");
    Submission submission = SubmissionReader.create(Messages.of(Language.KO)).read(file, "a.yaml", QUESTIONS);
    assertTrue(unusable(submission, "q5").startsWith("q5의 답은 `q5: |` 아래에 들여써야 합니다"), unusable(submission, "q5"));
  }

  @Test
  void aBrokenLineOutsideTheAnswersStopsTheFileWithAnExplanationNotTheParsersWords() throws IOException {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, "student: ada\nexercise: \"views-slicing\nanswers:\n  q1: \"True\"\n");
    DataFormatException error = assertThrows(DataFormatException.class,
        () -> SubmissionReader.create().read(file, "a.yaml", QUESTIONS));
    assertTrue(error.problem().startsWith("the file cannot be read here: every line must be `key: value`"),
        error.getMessage());
    assertFalse(error.getMessage().contains("while scanning"), error.getMessage());
  }

  @Test
  void aMissingFileIsSaidInWords() {
    DataFormatException error = assertThrows(DataFormatException.class,
        () -> SubmissionReader.create().read(dir.resolve("missing.yaml"), "missing.yaml", QUESTIONS));
    assertEquals("missing.yaml: there is no such file", error.getMessage());
  }

  @Test
  void aFoldedOutputAnswerIsReadAsTheLiteralBlockMeantWithANoteOnTheForm() throws Exception {
    Submission submission = read(HEAD + "  q5: >\n    (8,) (24,)\n    (4,) True\n");
    assertEquals("(8,) (24,)\n(4,) True\n", given(submission, "q5"));
    assertEquals(List.of("a.yaml:5:7: `q5: >` would join the answer's lines into one; it was read as `q5: |`, which"
        + " keeps each line: write | for printed output"), submission.notes());
  }

  private Submission read(String yaml) throws Exception {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, yaml);
    return SubmissionReader.create().read(file, "a.yaml", QUESTIONS);
  }

  private static String given(Submission submission, String questionId) {
    return assertInstanceOf(AnswerEntry.Given.class, submission.answer(questionId)).text();
  }

  private static String unusable(Submission submission, String questionId) {
    return assertInstanceOf(AnswerEntry.Unusable.class, submission.answer(questionId)).reason();
  }
}
