package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.StridedArray;
import dev.ndgrade.strided.check.Case;
import dev.ndgrade.strided.check.Expect;
import dev.ndgrade.strided.check.Geometry;
import dev.ndgrade.strided.check.NamedLayout;
import dev.ndgrade.strided.check.Points;
import dev.ndgrade.strided.check.Properties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AxesTests {

  /** An array's layout and an order of its axes (empty: reversed), possibly with negative axes. */
  record PermuteCase(Layout layout, int[] axes) implements Case {

    @Override
    public String describe() {
      return "a: " + layout + ", axes " + Arrays.toString(axes);
    }

    @Override
    public List<PermuteCase> smaller() {
      List<PermuteCase> smaller = new ArrayList<>();
      for (Layout fewer : Geometry.smaller(layout)) {
        if (fewer.ndim() == layout.ndim()) {
          smaller.add(new PermuteCase(fewer, axes));
        }
      }
      return smaller;
    }

    @Override
    public List<NamedLayout> pictured() {
      return List.of(new NamedLayout("a", layout, Geometry.bufferBytes(layout)));
    }

    /** NumPy's answer: shape and strides taken in the order of the axes. */
    Layout expected() {
      int ndim = layout.ndim();
      long[] shape = new long[ndim];
      long[] strides = new long[ndim];
      for (int i = 0; i < ndim; i++) {
        int axis = axes.length == 0 ? ndim - 1 - i : Math.floorMod(axes[i], ndim);
        shape[i] = layout.shape(axis);
        strides[i] = layout.stride(axis);
      }
      return new Layout(layout.offset(), shape, strides, layout.itemsize());
    }
  }

  private static final List<PermuteCase> CASES = cases(new Random(12), 300);

  private static List<PermuteCase> cases(Random random, int count) {
    List<PermuteCase> cases = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      Layout layout = Geometry.random(random, 4, 4, false);
      List<Integer> order = new ArrayList<>();
      for (int axis = 0; axis < layout.ndim(); axis++) {
        order.add(random.nextInt(3) == 0 ? axis - layout.ndim() : axis);
      }
      Collections.shuffle(order, random);
      int[] axes = n % 3 == 0 ? new int[0] : order.stream().mapToInt(Integer::intValue).toArray();
      cases.add(new PermuteCase(layout, axes));
    }
    return cases;
  }

  private static void check(PermuteCase c) {
    StridedArray a = Geometry.arrayOn(c.layout());
    Expect.sameLayout(c.expected(), Axes.permute(a, c.axes()).layout(), a.buffer().nbytes());
  }

  @Test
  @Points(2)
  @DisplayName("With no axes given, the axes are reversed (a.T).")
  void reversedByDefault() {
    Properties.forAll(CASES.stream().filter(c -> c.axes().length == 0).toList(), AxesTests::check);
  }

  @Test
  @Points(3)
  @DisplayName("Each axis takes its length and stride from the axis it names; negative axes count from the end.")
  void followsTheGivenOrder() {
    Properties.forAll(CASES.stream().filter(c -> c.axes().length > 0).toList(), AxesTests::check);
  }

  @Test
  @Points(3)
  @DisplayName("A transpose is a view: it shares the buffer and allocates nothing.")
  void isAView() {
    Properties.forAll(CASES, c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      Expect.view(a, () -> Axes.permute(a, c.axes()));
    });
  }

  @Test
  @Tag("hidden")
  @Points(2)
  @DisplayName("Repeated, missing or out-of-range axes are refused with IllegalArgumentException.")
  void refusesBadAxes() {
    StridedArray a = StridedArray.arange(2, 3, 4);
    Expect.illegalArgument("a repeated axis", () -> Axes.permute(a, 0, 0, 1));
    Expect.illegalArgument("two axes for three", () -> Axes.permute(a, 0, 1));
    Expect.illegalArgument("axis 3 of a 3-d array", () -> Axes.permute(a, 0, 1, 3));
    Expect.illegalArgument("axis -4 of a 3-d array", () -> Axes.permute(a, -4, 1, 2));
  }
}
