package dev.ndgrade.ndarray.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BroadcastTest {

    @Test
    void everyGoldenBroadcastGivesNumPysShapeStridesOrMessage() {
        for (String line : Golden.lines("broadcast.txt")) {
            String[] f = line.substring(0, line.indexOf(" -> ")).split(" ");
            String expected = line.substring(line.indexOf(" -> ") + 4);
            List<long[]> shapes = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                shapes.add(Golden.tuple(f[i]));
            }
            Supplier<long[]> call;
            switch (f[0]) {
                case "N":
                    call = () -> Broadcast.shapes(shapes);
                    break;
                case "B":
                    call = () -> Broadcast.objectsShape(shapes);
                    break;
                case "O":
                    call = () -> Broadcast.shapesWithOutputs(shapes.subList(1, 3), shapes.subList(0, 1));
                    break;
                case "T":
                    call = () -> Broadcast.broadcastTo(shapes.get(0), shapes.get(1), shapes.get(2));
                    break;
                case "A":
                    call = () -> Broadcast.assignmentStrides(shapes.get(0), shapes.get(1),
                            FreshStrides.contiguous(shapes.get(1), 8, MemoryOrder.C));
                    break;
                default:
                    throw new IllegalArgumentException(line);
            }
            String actual = outcome(call);
            if (expected.equals("ok")) {
                assertFalse(actual.startsWith("E "), line + " raised " + actual);
            } else {
                assertEquals(expected, actual, line);
            }
        }
    }

    private static String outcome(Supplier<long[]> call) {
        try {
            return "(" + String.join(",", Arrays.stream(call.get()).mapToObj(Long::toString).toArray(String[]::new))
                    + ")";
        } catch (LayoutException e) {
            return Golden.errorText(e);
        }
    }

    @Test
    void ufuncMismatchListsEveryShapeEachFollowedByASpace() {
        assertMessage("operands could not be broadcast together with shapes (2,3) (4,) ",
                () -> Broadcast.shapes(List.of(new long[] {2, 3}, new long[] {4})));
        assertMessage("operands could not be broadcast together with shapes (2,3) (4,3) (2,3) ",
                () -> Broadcast.shapesWithOutputs(List.of(new long[] {2, 3}, new long[] {4, 3}),
                        List.of(new long[] {2, 3})));
    }

    @Test
    void inPlaceOperandsMayNotBeStretched() {
        assertMessage("non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (1,3)",
                () -> Broadcast.shapesWithOutputs(List.of(new long[] {3}, new long[] {1, 3}),
                        List.of(new long[] {3})));
    }

    @Test
    void broadcastShapesNamesTheTwoConflictingArguments() {
        assertMessage("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 1 "
                        + "with shape (2, 1) and arg 2 with shape (4, 3).",
                () -> Broadcast.objectsShape(List.of(new long[] {5, 1, 3}, new long[] {2, 1}, new long[] {4, 3})));
    }

    @Test
    void broadcastToMessagesComeInNumPysOrder() {
        assertMessage("operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  "
                + "and requested shape (2,4)", () -> Broadcast.broadcastTo(new long[] {3}, new long[] {8},
                new long[] {2, 4}));
        assertMessage("cannot broadcast a non-scalar to a scalar array",
                () -> Broadcast.broadcastTo(new long[] {3}, new long[] {8}, new long[] {}));
        assertMessage("all elements of broadcast shape must be non-negative",
                () -> Broadcast.broadcastTo(new long[] {2, 3}, new long[] {24, 8}, new long[] {-1, 3}));
        assertMessage("input operand has more dimensions than allowed by the axis remapping",
                () -> Broadcast.broadcastTo(new long[] {2, 3}, new long[] {24, 8}, new long[] {3}));
    }

    @Test
    void assignmentDropsLeadingLengthOneAxesOfTheSourceFirst() {
        // a = np.zeros((2, 4)); a[0] = np.zeros((1, 1, 4)) works; a[...] = np.zeros((1, 1, 2, 3)) names (2,3)
        assertEquals(List.of(8L), boxed(Broadcast.assignmentStrides(new long[] {4}, new long[] {1, 1, 4},
                new long[] {32, 32, 8})));
        assertMessage("could not broadcast input array from shape (2,3) into shape (2,4)",
                () -> Broadcast.assignmentStrides(new long[] {2, 4}, new long[] {1, 1, 2, 3},
                        new long[] {48, 48, 24, 8}));
        assertMessage("could not broadcast input array from shape (2,1,4) into shape (4,)",
                () -> Broadcast.assignmentStrides(new long[] {4}, new long[] {2, 1, 4}, new long[] {32, 32, 8}));
    }

    @Test
    void broadcastToGivesStrideZeroOnNewStretchedAndLengthOneAxes() {
        assertEquals(List.of(0L, 8L, 0L), boxed(Broadcast.broadcastTo(new long[] {3, 1}, new long[] {8, 8},
                new long[] {2, 3, 4})));
        assertEquals(List.of(-8L, 0L), boxed(Broadcast.broadcastTo(new long[] {3, 1}, new long[] {-8, 8},
                new long[] {3, 1})));
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static void assertMessage(String message, Runnable call) {
        LayoutException e = assertThrows(LayoutException.class, call::run);
        assertEquals("ValueError", e.pyType());
        assertEquals(message, e.getMessage());
    }
}
