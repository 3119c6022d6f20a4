package dev.ndgrade.grader.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionReaderTests {

  private static final Set<String> QUESTIONS = Set.of("q1", "q2", "q3");

  @Test
  void readsStudentExerciseAndAnswersAsText() throws DataFormatException {
    Submission submission = read("student: ada\nexercise: views-slicing\nanswers:\n  q1: True\n  q2: 80\n");
    assertEquals("ada", submission.student());
    assertEquals("views-slicing", submission.exercise());
    assertEquals("True", given(submission, "q1"));
    assertEquals("80", given(submission, "q2"));
    assertInstanceOf(AnswerEntry.Blank.class, submission.answer("q3"));
  }

  @Test
  void putsAnUnquotedYamlListBackTogether() throws DataFormatException {
    Submission submission = read("student: a\nexercise: e\nanswers:\n  q1: [17 2 3]\n  q2: [[1, 2], [3, 4]]\n");
    assertEquals("[17 2 3]", given(submission, "q1"));
    assertEquals("[[1, 2], [3, 4]]", given(submission, "q2"));
  }

  @Test
  void notesAnUnknownQuestionWithItsLocationAndIgnoresIt() throws DataFormatException {
    Submission submission = read("student: a\nexercise: e\nanswers:\n  q1: x\n  q9: y\n");
    assertEquals(java.util.List.of("a.yaml:5:3: no question 'q9' in e; this answer was ignored"), submission.notes());
    assertEquals(Set.of("q1"), submission.answers().keySet());
  }

  @Test
  void keepsAnswersThatAreNotTextAsUnusableWithAReason() throws DataFormatException {
    Submission submission = read("student: a\nexercise: e\nanswers:\n  q1: {v: 1}\n  q2: [[0], {a: 2}]\n");
    AnswerEntry.Unusable mapping = assertInstanceOf(AnswerEntry.Unusable.class, submission.answer("q1"));
    assertTrue(mapping.reason().startsWith("the answer must be text or a number, found a mapping"), mapping.reason());
    assertEquals(4, mapping.location().line());
    assertInstanceOf(AnswerEntry.Unusable.class, submission.answer("q2"));
  }

  @Test
  void keepsAHugeAnswerAsUnusableWithoutComparingIt() throws DataFormatException {
    Submission submission = read("student: a\nexercise: e\nanswers:\n  q1: \"" + "x".repeat(20_000) + "\"\n");
    AnswerEntry.Unusable huge = assertInstanceOf(AnswerEntry.Unusable.class, submission.answer("q1"));
    assertEquals("the answer is 20000 characters long; at most 10000 are compared", huge.reason());
  }

  @Test
  void refusesAFileWithoutAnswersNamingWhatIsMissing() {
    DataFormatException error = assertThrows(DataFormatException.class, () -> read("student: a\nexercise: e\n"));
    assertEquals("a.yaml:1:1: an answer file needs 'answers'", error.getMessage());
  }

  @Test
  void refusesAFileWhoseRootIsNotAMapping() {
    DataFormatException error = assertThrows(DataFormatException.class, () -> read("- a\n- b\n"));
    assertEquals("a.yaml:1:1: an answer file must be a mapping of keys to values, found a list", error.getMessage());
  }

  @Test
  void refusesAStudentIdThatIsNotAnId() {
    DataFormatException error = assertThrows(DataFormatException.class,
        () -> read("student: \"a b <c>\"\nexercise: e\nanswers: {}\n"));
    assertTrue(error.getMessage().startsWith("a.yaml:1:10: 'student' must be a student id"), error.getMessage());
  }

  private static Submission read(String yaml) throws DataFormatException {
    return SubmissionReader.create().submission(DataReader.create().parse(yaml, "a.yaml"), "a.yaml", QUESTIONS);
  }

  private static String given(Submission submission, String questionId) {
    return assertInstanceOf(AnswerEntry.Given.class, submission.answer(questionId)).text();
  }
}
