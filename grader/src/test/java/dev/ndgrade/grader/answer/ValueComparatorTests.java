package dev.ndgrade.grader.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Value answers compared by meaning, through the reference interpreter. */
class ValueComparatorTests {

  private final ValueComparator values = new ValueComparator(LiteralReader.create(), Messages.of(Language.EN));

  @Test
  void matchesTheSameReprExactlyWhateverTheSpacing() {
    assertEquals(Match.exact(), values.compare("array([17,  2,  3])", "array([17, 2, 3])"));
  }

  @Test
  void matchesAnArrayWrittenAsPrintShowsItWithANote() {
    Match match = values.compare("array([17,  2,  3])", "[17 2 3]");
    assertTrue(match.isFull());
    assertEquals("right: you wrote the array as print() shows it; its repr is array([17,  2,  3])", match.note());
  }

  @Test
  void matchesATwoDimensionalArrayInPrintForm() {
    assertTrue(values.compare("array([[999, 999],\n       [  3,   4]])", "[[999 999]\n [  3   4]]").isFull());
  }

  @Test
  void comparesArraysByDtypeWhenTheAnswerStatesIt() {
    Match match = values.compare("array([1, 2, 3])", "array([1., 2., 3.])");
    assertEquals(0, match.credit());
    assertEquals("the values and shape are right, but the dtype is float64, not int64", match.note());
    assertTrue(values.compare("array([1, 2], dtype=int32)", "array([1, 2], dtype=int32)").isFull());
    assertEquals(0, values.compare("array([1, 2], dtype=int32)", "array([1, 2])").credit());
  }

  @Test
  void comparesArraysByShape() {
    Match match = values.compare("array([[1, 2, 3]])", "array([1, 2, 3])");
    assertEquals(0, match.credit());
    assertEquals("the shape is (3,), not (1, 3)", match.note());
  }

  @Test
  void comparesArraysByValues() {
    assertEquals(0, values.compare("array([  0,   1, 100])", "array([0, 1, 2])").credit());
  }

  @Test
  void matchesNumPyScalarsWithTheirPlainValue() {
    Match match = values.compare("np.int64(3)", "3");
    assertTrue(match.isFull());
    assertEquals("right; NumPy 2 shows this value as np.int64(3)", match.note());
    assertTrue(values.compare("np.True_", "True").isFull());
  }

  @Test
  void neverTakesOneForTrue() {
    assertEquals(0, values.compare("True", "1").credit());
    assertEquals(0, values.compare("False", "None").credit());
  }

  @Test
  void comparesTuplesByValue() {
    assertTrue(values.compare("(8,)", "(8, )").isFull());
    assertEquals(0, values.compare("(8,)", "(8)").credit());
  }

  @Test
  void saysWhenAnAnswerIsNotAValueAtAll() {
    Match match = values.compare("array([1, 2, 3])", "np.zeros(10**10)");
    assertEquals(0, match.credit());
    assertTrue(match.note().startsWith("ndgrade could not read this answer as a Python value"), match.note());
  }

  // issue 13, findings 2 and 3: one leniency policy, and no message that shows the key

  @Test
  void readsBooleansInAnyCaseAndYamlsYesAndNoAsPythonsWithANote() {
    for (String answer : new String[] {"true", "TRUE", "yes", "On"}) {
      Match match = values.compare("True", answer);
      assertTrue(match.isFull(), answer);
      assertEquals("right; Python writes it as True", match.note());
    }
    assertTrue(values.compare("np.False_", "false").isFull());
    assertEquals(Match.none(), values.compare("True", "no"));
  }

  @Test
  void anUnreadableAnswerGetsAnExampleOfTheKindOfValueNeverTheKey() {
    Match array = values.compare("array([17,  2,  3])", "arr(17");
    assertEquals("ndgrade could not read this answer as a Python value; write it as Python shows it, e.g. "
        + "array([1, 2]) or [1 2]", array.note());
    assertFalse(values.compare("False", "maybe").note().contains("e.g. False"));
    assertTrue(values.compare("False", "maybe").note().endsWith("e.g. True or False"));
  }

  @Test
  void aListForAnArrayScoresNothingAndSaysWhichTypeItIs() {
    Match match = values.compare("array([  0,   1, 100])", "[0, 1, 100]");
    assertEquals(0, match.credit());
    assertTrue(match.note().startsWith("this is a Python list ([...] with commas), but the code gives a NumPy array"),
        match.note());
    assertTrue(values.compare("array([  0,   1, 100])", "[0 1 100]").isFull());
    assertTrue(values.compare("array([  0,   1, 100])", "np.array([0, 1, 100])").isFull());
  }

  @Test
  void notesSpeakTheExercisesLanguage() {
    // issue 12: the grader's own sentences in reports come from the bundles, Korean too
    ValueComparator korean = new ValueComparator(LiteralReader.create(), Messages.of(Language.KO));
    assertEquals("정답: Python은 True로 씁니다", korean.compare("True", "true").note());
    assertEquals("모양이 (3,)가 아니라 (2,)입니다", korean.compare("array([1, 2, 3])", "array([1, 2])").note());
  }
}
