package dev.ndgrade.grader.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.Choice;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparators that need no interpreter: output, relation, error, bytes, choice. */
class ComparatorTests {

  private static final Messages EN = Messages.of(Language.EN);

  @Test
  void outputMatchesLineByLineIgnoringSpacing() {
    Match match = new OutputComparator(EN).compare("[    4 99999     6]\nTrue True\n", "[4 99999 6]\n  True   True");
    assertEquals(Match.exact(), match);
  }

  @Test
  void outputGivesEachMatchingLineItsShare() {
    Match match = new OutputComparator(EN).compare("(8,) (24,)\n(4,) True\n", "(8,) (8,)\n(4,) True\n");
    assertEquals(0.5, match.credit());
    assertEquals("1 of 2 lines match; line 1 differs: expected (8,) (24,)", match.note());
  }

  @Test
  void outputCountsExtraLinesAgainstTheAnswer() {
    Match match = new OutputComparator(EN).compare("True\n", "True\nFalse\nFalse\n");
    assertEquals(1.0 / 3, match.credit(), 1e-9);
    assertTrue(match.note().contains("line 2 should not be there"), match.note());
  }

  @Test
  void relationAcceptsCaseAnArticleAndAFullStop() {
    RelationComparator relation = new RelationComparator(EN);
    assertEquals(Match.exact(), relation.compare("view", "view"));
    assertTrue(relation.compare("view", "A view.").isFull());
    assertEquals(0, relation.compare("view", "copy").credit());
    assertEquals("answer one word: alias, view or copy", relation.compare("view", "shares memory").note());
  }

  @Test
  void errorComparesTheTypeOnly() {
    ErrorComparator error = new ErrorComparator(EN);
    assertEquals(Match.exact(), error.compare("IndexError", "IndexError"));
    assertEquals("right; only the exception's type is graded",
        error.compare("IndexError", "IndexError: index 2 is out of bounds").note());
    assertEquals("right; Python spells it IndexError", error.compare("IndexError", "indexerror").note());
    assertEquals(0, error.compare("IndexError", "ValueError").credit());
    assertTrue(error.compare("none", "No error").isFull());
    assertEquals(0, error.compare("IndexError", "none").credit());
  }

  @Test
  void bytesReadSeparatorsAndUnits() {
    BytesComparator bytes = new BytesComparator(EN);
    assertEquals(Match.exact(), bytes.compare("8000", "8000"));
    assertTrue(bytes.compare("8000", "8,000 bytes").isFull());
    assertTrue(bytes.compare("8000", "8_000").isFull());
    assertTrue(bytes.compare("80", "80 B").isFull());
    assertEquals(0, bytes.compare("8000", "80").credit());
    assertEquals("answer a whole number of bytes, e.g. 800", bytes.compare("8000", "8 kB").note());
  }

  @Test
  void choiceAcceptsTheLabelItsBracketedFormOrTheOptionText() {
    ChoiceComparator choice = new ChoiceComparator(List.of(new Choice("a", "picked", "x"),
        new Choice("b", "stepped", "y"), new Choice("c", "taken", "z")), EN);
    assertEquals(Match.exact(), choice.compare("b", "b"));
    assertTrue(choice.compare("b", "(b)").isFull());
    assertTrue(choice.compare("b", "B)").isFull());
    assertTrue(choice.compare("b", "stepped").isFull());
    assertEquals(0, choice.compare("b", "c").credit());
    assertEquals("answer one of the labels: a, b, c", choice.compare("b", "d").note());
  }
}
