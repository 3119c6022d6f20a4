package dev.ndgrade.grader.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PythonLiteralTests {

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "True|True",
      "true|True",
      "(2, 3)|(2, 3)",
      "[17, 2, 3]|[17, 2, 3]",
      "[17 2 3]|np.array([17, 2, 3])",
      "[  0   1 100]|np.array([0, 1, 100])",
      "[ 1 -2  3]|np.array([1, -2, 3])",
      "[1. 2.5]|np.array([1., 2.5])",
      "array([17,  2,  3])|np.array([17, 2, 3])",
      "array([1, 2], dtype=int32)|np.array([1, 2], dtype=np.int32)",
      "array([True, False], dtype=bool)|np.array([True, False], dtype=np.bool_)",
      "np.int64(3)|np.int64(3)",
      "np.True_|np.True_",
      "nan|np.nan",
      "'text'|'text'",
  })
  void readsLiteralAnswersAsPythonSource(String answer, String source) {
    assertEquals(Optional.of(source), PythonLiteral.toSource(answer));
  }

  @ParameterizedTest(name = "refuses {0}")
  @ValueSource(strings = {
      "np.zeros(10**10)",
      "__import__('os').system('echo pwned')",
      "print('x')",
      "arr",
      "np.array([17, 2, 3]) if True else exit()",
      "[1, 2",
      "(1 2)",
      "1 + 2",
      "array([...])",
  })
  void refusesAnythingThatIsNotALiteral(String answer) {
    assertEquals(Optional.empty(), PythonLiteral.toSource(answer));
  }

  @org.junit.jupiter.api.Test
  void readsTheNestedPrintFormOfA2dArray() {
    assertEquals(Optional.of("np.array([[999, 999], [3, 4]])"),
        PythonLiteral.toSource("[[999 999]\n [  3   4]]"));
  }

  @org.junit.jupiter.api.Test
  void refusesNestingDeeperThanThirtyTwo() {
    assertEquals(Optional.empty(), PythonLiteral.toSource("[".repeat(40) + "1" + "]".repeat(40)));
  }
}
