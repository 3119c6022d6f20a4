package dev.ndgrade.grader.pycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.pycheck.ArraySpec.Layout;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArraySpecTests {

  @Test
  void eachLayoutIsThePythonThatMakesIt() {
    assertEquals("a = np.arange(6, dtype=np.int8).reshape((2, 3), order='F')\n",
        new ArraySpec(List.of(2, 3), "int8", true, Layout.OWNED, false).binding("a"));
    assertEquals("np.arange(12, dtype=np.int32).reshape((4, 3))[::2]",
        new ArraySpec(List.of(2, 3), "int32", false, Layout.STEPPED, false).expression());
    assertEquals("np.arange(4, dtype=np.int64)[::-1]",
        new ArraySpec(List.of(4), "int64", false, Layout.REVERSED, false).expression());
    assertEquals("np.arange(6, dtype=np.float32).reshape((3, 2)).T",
        new ArraySpec(List.of(2, 3), "float32", false, Layout.TRANSPOSED, false).expression());
    assertEquals("x = np.broadcast_to(np.arange(3, dtype=np.float64), (2, 3))\nx.setflags(write=False)\n",
        new ArraySpec(List.of(2, 3), "float64", false, Layout.BROADCAST, true).binding("x"));
  }

  @Test
  void theSameSeedDrawsTheSameArraysAndEveryLayoutIsDrawn() {
    List<ArraySpec> first = draws(7);
    assertEquals(first, draws(7));
    for (Layout layout : Layout.values()) {
      assertTrue(first.stream().anyMatch(spec -> spec.layout() == layout), layout.name());
    }
    assertTrue(first.stream().allMatch(spec -> spec.shape().stream().allMatch(n -> n >= 1 && n <= 4)));
  }

  @Test
  void shrinkingEndsAtOneInt64ElementOwnedAndWriteable() {
    ArraySpec simplest = new ArraySpec(List.of(1), "int64", false, Layout.OWNED, false);
    assertEquals(List.of(), simplest.simpler());
    ArraySpec spec = new ArraySpec(List.of(3, 2), "int8", true, Layout.STEPPED, true);
    while (!spec.simpler().isEmpty()) {
      spec = spec.simpler().get(spec.simpler().size() - 1);
    }
    assertEquals(1, spec.shape().stream().mapToInt(Integer::intValue).reduce(1, (a, b) -> a * b));
  }

  private static List<ArraySpec> draws(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return IntStream.range(0, 60).mapToObj(i -> ArraySpec.draw(random)).toList();
  }
}
