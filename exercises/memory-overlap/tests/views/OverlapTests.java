package views;

import dev.ndgrade.ndarray.layout.ArrayExtent;
import dev.ndgrade.ndarray.layout.MemoryOverlap;
import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.check.Case;
import dev.ndgrade.strided.check.Geometry;
import dev.ndgrade.strided.check.NamedLayout;
import dev.ndgrade.strided.check.Points;
import dev.ndgrade.strided.check.Properties;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class OverlapTests {

  /** Two arrays in one buffer. */
  record PairCase(Layout a, Layout b) implements Case {

    @Override
    public String describe() {
      return "a: " + a + ", b: " + b;
    }

    @Override
    public List<PairCase> smaller() {
      List<PairCase> smaller = new ArrayList<>();
      Geometry.smaller(a).forEach(fewer -> smaller.add(new PairCase(fewer, b)));
      Geometry.smaller(b).forEach(fewer -> smaller.add(new PairCase(a, fewer)));
      return smaller;
    }

    @Override
    public List<NamedLayout> pictured() {
      long bytes = Math.max(Geometry.bufferBytes(a), Geometry.bufferBytes(b));
      return List.of(new NamedLayout("a", a, bytes), new NamedLayout("b", b, bytes));
    }

    boolean mayShare() {
      return MemoryOverlap.mayShareMemory(extent(a), extent(b));
    }

    boolean shares() {
      return MemoryOverlap.sharesMemory(extent(a), extent(b));
    }

    private static ArrayExtent extent(Layout layout) {
      return new ArrayExtent(layout.offset(), layout.shape(), layout.strides(), layout.itemsize());
    }
  }

  private static final List<PairCase> CASES = cases(new Random(14), 400);

  private static List<PairCase> cases(Random random, int count) {
    List<PairCase> cases = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      cases.add(new PairCase(shifted(random), shifted(random)));
    }
    return cases;
  }

  /** A layout moved by up to 48 bytes, sometimes by half an element, so pairs overlap in every way. */
  private static Layout shifted(Random random) {
    Layout layout = Geometry.random(random, 3, 5, true);
    long shift = 4L * random.nextInt(13);
    return new Layout(layout.offset() + shift, layout.shape(), layout.strides(), layout.itemsize());
  }

  private static void expect(String what, boolean expected, boolean yours) {
    if (expected != yours) {
      throw new AssertionError(what + " should be " + expected + ", yours is " + yours);
    }
  }

  @Test
  @Points(3)
  @DisplayName("may_share_memory compares the byte ranges the two arrays span.")
  void mayShareByBounds() {
    Properties.forAll(CASES, c -> expect("may_share_memory", c.mayShare(), Overlap.mayShareMemory(c.a(), c.b())));
  }

  @Test
  @Points(2)
  @DisplayName("Interleaved views: their byte ranges overlap, but they share no byte.")
  void interleavedViewsMayButDoNotShare() {
    Layout even = new Layout(0, new long[] {5}, new long[] {16}, 8);
    Layout odd = new Layout(8, new long[] {5}, new long[] {16}, 8);
    expect("may_share_memory(a[::2], a[1::2])", true, Overlap.mayShareMemory(even, odd));
    expect("shares_memory(a[::2], a[1::2])", false, Overlap.sharesMemory(even, odd));
  }

  @Test
  @Points(4)
  @DisplayName("shares_memory is exact: true only if some byte belongs to both arrays.")
  void sharesExactly() {
    Properties.forAll(CASES, c -> expect("shares_memory", c.shares(), Overlap.sharesMemory(c.a(), c.b())));
  }

  @Test
  @Tag("hidden")
  @Points(1)
  @DisplayName("Empty arrays share nothing with anything.")
  void emptyArraysShareNothing() {
    Layout empty = new Layout(0, new long[] {0, 3}, new long[] {24, 8}, 8);
    Layout all = Geometry.contiguous(4, 3);
    expect("may_share_memory(empty, a)", false, Overlap.mayShareMemory(empty, all));
    expect("shares_memory(a, empty)", false, Overlap.sharesMemory(all, empty));
  }
}
