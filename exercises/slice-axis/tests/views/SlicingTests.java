package views;

import dev.ndgrade.ndarray.Index;
import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Slice;
import dev.ndgrade.strided.StridedArray;
import dev.ndgrade.strided.check.Case;
import dev.ndgrade.strided.check.Expect;
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

class SlicingTests {

  /** One slicing problem: an array's layout, the axis and the slice. */
  record SliceCase(Layout layout, int axis, Slice slice) implements Case {

    @Override
    public String describe() {
      return "a: " + layout + ", axis " + axis + ", slice " + slice;
    }

    @Override
    public List<SliceCase> smaller() {
      List<SliceCase> smaller = new ArrayList<>();
      for (int other = 0; other < layout.ndim(); other++) {
        if (other != axis) {
          smaller.add(new SliceCase(Geometry.withoutAxis(layout, other), other < axis ? axis - 1 : axis, slice));
        }
      }
      for (Layout fewer : Geometry.smaller(layout)) {
        if (axis < fewer.ndim() && fewer.ndim() == layout.ndim()) {
          smaller.add(new SliceCase(fewer, axis, slice));
        }
      }
      if (slice.start() != null) {
        smaller.add(new SliceCase(layout, axis, new Slice(null, slice.stop(), slice.step())));
      }
      if (slice.stop() != null) {
        smaller.add(new SliceCase(layout, axis, new Slice(slice.start(), null, slice.step())));
      }
      return smaller;
    }

    @Override
    public List<NamedLayout> pictured() {
      return List.of(new NamedLayout("a", layout, Geometry.bufferBytes(layout)));
    }

    /** NumPy's answer, from the reference's slice rule (an empty slice keeps the offset and stride). */
    Layout expected() {
      long[] resolved = new Index.Slice(slice.start(), slice.stop(), slice.step()).resolve(layout.shape(axis));
      long[] shape = layout.shape();
      long[] strides = layout.strides();
      long offset = layout.offset();
      shape[axis] = resolved[2];
      if (resolved[2] > 0) {
        offset += resolved[0] * strides[axis];
        strides[axis] *= resolved[1];
      }
      return new Layout(offset, shape, strides, layout.itemsize());
    }
  }

  private static final List<SliceCase> CASES = cases(new Random(11), 400);

  private static List<SliceCase> cases(Random random, int count) {
    List<SliceCase> cases = new ArrayList<>();
    while (cases.size() < count) {
      Layout layout = Geometry.random(random, 3, 6, false);
      if (layout.ndim() == 0) {
        continue;
      }
      cases.add(new SliceCase(layout, random.nextInt(layout.ndim()),
          new Slice(position(random), position(random), step(random))));
    }
    return cases;
  }

  private static Long position(Random random) {
    return random.nextInt(4) == 0 ? null : (long) random.nextInt(17) - 8;
  }

  private static Long step(Random random) {
    int choice = random.nextInt(8);
    return choice == 0 ? null : (long) (choice <= 4 ? choice : 3 - choice);
  }

  private static void check(SliceCase c) {
    StridedArray a = Geometry.arrayOn(c.layout());
    StridedArray view = Slicing.slice(a, c.axis(), c.slice());
    Expect.sameLayout(c.expected(), view.layout(), a.buffer().nbytes());
  }

  @Test
  @Points(2)
  @DisplayName("Positive steps: the view's offset, shape and strides are NumPy's.")
  void positiveSteps() {
    Properties.forAll(CASES.stream().filter(c -> c.slice().step() == null || c.slice().step() > 0).toList(),
        SlicingTests::check);
  }

  @Test
  @Points(3)
  @DisplayName("Negative steps walk backwards: the offset moves to the first element taken, the stride flips.")
  void negativeSteps() {
    Properties.forAll(CASES.stream().filter(c -> c.slice().step() != null && c.slice().step() < 0).toList(),
        SlicingTests::check);
  }

  @Test
  @Points(3)
  @DisplayName("A slice is a view: it shares the buffer and allocates nothing.")
  void isAView() {
    Properties.forAll(CASES, c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      Expect.view(a, () -> Slicing.slice(a, c.axis(), c.slice()));
    });
  }

  @Test
  @Points(1)
  @DisplayName("Writing through the view changes the base: the view reads the same bytes.")
  void writesReachTheBase() {
    StridedArray a = StridedArray.arange(3, 4);
    StridedArray view = Slicing.slice(a, 1, new Slice(1L, null, 2L));
    view.set(-1, 2, 1);
    Expect.sameValues(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1}, a.values());
  }

  @Test
  @Tag("hidden")
  @Points(1)
  @DisplayName("A zero step or a missing axis is refused with IllegalArgumentException.")
  void refusesBadArguments() {
    StridedArray a = StridedArray.arange(4);
    Expect.illegalArgument("a zero step", () -> Slicing.slice(a, 0, new Slice(null, null, 0L)));
    Expect.illegalArgument("axis 1 of a 1-d array", () -> Slicing.slice(a, 1, new Slice(null, null, null)));
  }
}
