package views;

import dev.ndgrade.ndarray.layout.FreshStrides;
import dev.ndgrade.ndarray.layout.MemoryOrder;
import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Memory;
import dev.ndgrade.strided.StridedArray;
import dev.ndgrade.strided.check.Case;
import dev.ndgrade.strided.check.Expect;
import dev.ndgrade.strided.check.Geometry;
import dev.ndgrade.strided.check.NamedLayout;
import dev.ndgrade.strided.check.Points;
import dev.ndgrade.strided.check.Properties;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DetachTests {

  /** A view to detach. */
  record ViewCase(Layout layout) implements Case {

    @Override
    public String describe() {
      return "a: " + layout;
    }

    @Override
    public List<ViewCase> smaller() {
      return Geometry.smaller(layout).stream().map(ViewCase::new).toList();
    }

    @Override
    public List<NamedLayout> pictured() {
      return List.of(new NamedLayout("a", layout, Geometry.bufferBytes(layout)));
    }

    /** The reference's layout of a fresh C-ordered copy. */
    Layout expected() {
      return new Layout(0, layout.shape(), FreshStrides.contiguous(layout.shape(), layout.itemsize(), MemoryOrder.C),
          layout.itemsize());
    }
  }

  private static final List<ViewCase> CASES = Stream.generate(new Random(15)::nextLong).limit(300)
      .map(seed -> new ViewCase(Geometry.random(new Random(seed), 3, 5, true))).collect(Collectors.toList());

  @Test
  @Points(3)
  @DisplayName("The copy holds the same values in C order.")
  void sameValues() {
    Properties.forAll(CASES, c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      Expect.sameValues(a.values(), Detach.detach(a).values());
    });
  }

  @Test
  @Points(3)
  @DisplayName("The copy is compact: one allocation of exactly size × 8 bytes, so the big base can be freed.")
  void compactAllocation() {
    Properties.forAll(CASES, c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      long buffers = Memory.allocations();
      long bytes = Memory.allocatedBytes();
      StridedArray copy = Detach.detach(a);
      long expectedBytes = c.layout().size() * StridedArray.ITEMSIZE;
      if (Memory.allocations() - buffers != 1 || Memory.allocatedBytes() - bytes != expectedBytes
          || copy.buffer().nbytes() != expectedBytes) {
        throw new AssertionError("allocated " + (Memory.allocations() - buffers) + " buffer(s) of "
            + (Memory.allocatedBytes() - bytes) + " bytes in all; a compact copy is one buffer of "
            + expectedBytes + " bytes");
      }
    });
  }

  @Test
  @Points(2)
  @DisplayName("The copy is C-contiguous at offset 0, like NumPy's fresh arrays.")
  void cContiguous() {
    Properties.forAll(CASES, c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      Expect.sameElements(c.expected(), Detach.detach(a).layout(), a.buffer().nbytes());
    });
  }

  @Test
  @Tag("hidden")
  @Points(2)
  @DisplayName("Copy and original are independent: writing one never changes the other.")
  void independent() {
    StridedArray a = StridedArray.arange(3, 4);
    StridedArray copy = Detach.detach(a);
    if (copy.buffer() == a.buffer() || !copy.writeable()) {
      throw new AssertionError("the copy must own a new, writeable buffer");
    }
    copy.set(-1, 0, 0);
    a.set(-2, 2, 3);
    Expect.sameValues(new long[] {-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, copy.values());
  }
}
