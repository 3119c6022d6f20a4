package views;

import dev.ndgrade.ndarray.layout.Broadcast;
import dev.ndgrade.ndarray.layout.LayoutException;
import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.StridedArray;
import dev.ndgrade.strided.check.Case;
import dev.ndgrade.strided.check.Expect;
import dev.ndgrade.strided.check.Geometry;
import dev.ndgrade.strided.check.NamedLayout;
import dev.ndgrade.strided.check.Points;
import dev.ndgrade.strided.check.Properties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BroadcastingTests {

  /** An array's layout and a target shape. */
  record BroadcastCase(Layout layout, long[] shape) implements Case {

    @Override
    public String describe() {
      return "a: " + layout + ", broadcast to " + Layout.tuple(shape);
    }

    @Override
    public List<BroadcastCase> smaller() {
      List<BroadcastCase> smaller = new ArrayList<>();
      for (Layout fewer : Geometry.smaller(layout)) {
        if (fewer.ndim() == layout.ndim()) {
          smaller.add(new BroadcastCase(fewer, shape));
        }
      }
      return smaller;
    }

    @Override
    public List<NamedLayout> pictured() {
      return List.of(new NamedLayout("a", layout, Geometry.bufferBytes(layout)));
    }

    /** The reference's view, or empty when NumPy refuses to broadcast. */
    Optional<Layout> expected() {
      try {
        long[] strides = Broadcast.broadcastTo(layout.shape(), layout.strides(), shape);
        return Optional.of(new Layout(layout.offset(), shape, strides, layout.itemsize()));
      } catch (LayoutException refused) {
        return Optional.empty();
      }
    }
  }

  private static final List<BroadcastCase> CASES = cases(new Random(16), 400);

  private static List<BroadcastCase> cases(Random random, int count) {
    List<BroadcastCase> cases = new ArrayList<>();
    while (cases.size() < count) {
      Layout layout = Geometry.random(random, 3, 3, false);
      int extra = random.nextInt(3) - (layout.ndim() > 0 && random.nextInt(6) == 0 ? 1 : 0);
      long[] shape = new long[Math.max(0, layout.ndim() + extra)];
      int lead = shape.length - layout.ndim();
      for (int axis = 0; axis < shape.length; axis++) {
        long own = axis >= lead ? layout.shape(axis - lead) : 1;
        shape[axis] = own == 1 || random.nextInt(5) == 0 ? random.nextInt(4) : own;
      }
      cases.add(new BroadcastCase(layout, shape));
    }
    return cases;
  }

  @Test
  @Points(4)
  @DisplayName("The view reaches NumPy's elements: stretched and new axes repeat with stride 0.")
  void stridesAreNumPys() {
    Properties.forAll(CASES.stream().filter(c -> c.expected().isPresent()).toList(), c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      Expect.sameElements(c.expected().get(), Broadcasting.to(a, c.shape()).layout(), a.buffer().nbytes());
    });
  }

  @Test
  @Points(2)
  @DisplayName("A broadcast view is read-only, shares the buffer and allocates nothing.")
  void readOnlyView() {
    Properties.forAll(CASES.stream().filter(c -> c.expected().isPresent()).toList(), c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      if (Expect.view(a, () -> Broadcasting.to(a, c.shape())).writeable()) {
        throw new AssertionError("the view is writeable; NumPy's broadcast_to returns a read-only view");
      }
    });
  }

  @Test
  @Tag("hidden")
  @Points(4)
  @DisplayName("Shapes NumPy cannot broadcast to are refused with IllegalArgumentException.")
  void refusesWhatNumPyRefuses() {
    Properties.forAll(CASES.stream().filter(c -> c.expected().isEmpty()).toList(), c -> Expect.illegalArgument(
        "broadcasting " + Layout.tuple(c.layout().shape()) + " to " + Layout.tuple(c.shape()),
        () -> Broadcasting.to(Geometry.arrayOn(c.layout()), c.shape())));
  }
}
