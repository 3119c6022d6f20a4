package dev.ndgrade.ndarray.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReshapeTest {

    @Test
    void everyGoldenReshapeGivesNumPysViewCopyOrError() {
        for (String line : Golden.lines("reshape.txt")) {
            String[] f = line.split(" ");
            long itemsize = Long.parseLong(f[0]);
            long[] dims = Golden.tuple(f[1]);
            long[] strides = Golden.tuple(f[2]);
            long[] requested = Golden.tuple(f[3]);
            MemoryOrder order = Golden.order(f[4]);
            CopyMode copy = copyMode(f[5]);
            String expected = line.substring(line.indexOf(" -> ") + 4);
            ReshapeResult result;
            try {
                result = Reshape.reshape(dims, strides, itemsize, requested, order, copy);
            } catch (LayoutException e) {
                assertEquals(expected, Golden.errorText(e), line);
                continue;
            }
            String[] r = expected.split(" ");
            assertArrayEquals(Golden.tuple(r[1]), result.dims(), line);
            assertArrayEquals(Golden.tuple(r[2]), result.strides(), line);
            if (r[0].equals("V")) {
                assertTrue(result instanceof ReshapeResult.View, line);
            } else {
                assertEquals("C", r[0], line);
                ReshapeResult.CopyNeeded copied = (ReshapeResult.CopyNeeded) result;
                assertArrayEquals(Golden.tuple(r[3]), FreshStrides.forNewBuffer(dims, itemsize, copied.copyOrder()),
                        line + " (strides of the copy that becomes the base)");
            }
        }
    }

    private static CopyMode copyMode(String python) {
        switch (python) {
            case "True":
                return CopyMode.ALWAYS;
            case "False":
                return CopyMode.NEVER;
            case "None":
                return CopyMode.IF_NEEDED;
            default:
                throw new IllegalArgumentException("copy=" + python);
        }
    }

    @Test
    void twoUnknownDimensionsAreRejected() {
        assertError("can only specify one unknown dimension", () -> Reshape.resolveShape(6, new long[] {2, -1, -1}));
        assertError("can only specify one unknown dimension", () -> Reshape.resolveShape(6, new long[] {-1, -5}));
    }

    @Test
    void sizeMismatchMessagesFollowNumPysShapeFormatting() {
        assertError("cannot reshape array of size 6 into shape (4,newaxis)",
                () -> Reshape.resolveShape(6, new long[] {4, -1}));
        assertError("cannot reshape array of size 6 into shape (4)", () -> Reshape.resolveShape(6, new long[] {-1, 4}));
        assertError("cannot reshape array of size 6 into shape (4)", () -> Reshape.resolveShape(6, new long[] {-2, 4}));
        assertError("cannot reshape array of size 6 into shape (7,)", () -> Reshape.resolveShape(6, new long[] {7}));
        assertError("cannot reshape array of size 6 into shape ()", () -> Reshape.resolveShape(6, new long[] {}));
        assertError("cannot reshape array of size 6 into shape (3,0,newaxis)",
                () -> Reshape.resolveShape(6, new long[] {3, 0, -1}));
        assertError("cannot reshape array of size 6 into shape (5,newaxis,0)",
                () -> Reshape.resolveShape(6, new long[] {5, -1, 0}));
    }

    @Test
    void sizeZeroArraysCannotInferAnUnknownNextToAZero() {
        assertError("cannot reshape array of size 0 into shape (0,newaxis)",
                () -> Reshape.resolveShape(0, new long[] {0, -1}));
        assertError("cannot reshape array of size 0 into shape (0)", () -> Reshape.resolveShape(0, new long[] {-1, 0}));
        assertArrayEquals(new long[] {5, 0}, Reshape.resolveShape(0, new long[] {5, -1}));
    }

    @Test
    void anOverflowingKnownProductIsASizeMismatch() {
        assertError("cannot reshape array of size 0 into shape (4611686018427387904,4,0)",
                () -> Reshape.resolveShape(0, new long[] {-1, 1L << 62, 4, 0}));
    }

    @Test
    void orderKIsRejectedBeforeTheShapeIsChecked() {
        assertError("order 'K' is not permitted for reshaping", () -> Reshape.reshape(new long[] {6}, new long[] {8}, 8,
                new long[] {2, -1, -1}, MemoryOrder.K, CopyMode.IF_NEEDED));
    }

    @Test
    void copyFalseOnAnArrayThatNeedsACopyRaises() {
        // np.arange(6).reshape(2, 3).T.reshape(6, copy=False)
        assertError("Unable to avoid creating a copy while reshaping.", () -> Reshape.reshape(new long[] {3, 2},
                new long[] {8, 24}, 8, new long[] {6}, MemoryOrder.C, CopyMode.NEVER));
    }

    @Test
    void theSameShapeKeepsNonContiguousStrides() {
        ReshapeResult result = Reshape.reshape(new long[] {2, 2}, new long[] {24, 16}, 8, new long[] {2, 2},
                MemoryOrder.F, CopyMode.IF_NEEDED);
        assertTrue(result instanceof ReshapeResult.View);
        assertArrayEquals(new long[] {24, 16}, result.strides());
    }

    @Test
    void contiguousArraysGetCanonicalStridesEvenOnLengthOneAxes() {
        ReshapeResult result = Reshape.reshape(new long[] {24}, new long[] {8}, 8, new long[] {1, 24, 1},
                MemoryOrder.C, CopyMode.IF_NEEDED);
        assertArrayEquals(new long[] {192, 8, 8}, result.strides());
    }

    @Test
    void attemptNoCopyMergesOnlyAxesThatAreContiguousTogether() {
        // A = np.arange(24).reshape(2, 3, 4); B = A[:, ::2, :] has strides (96, 64, 8)
        long[] dims = {2, 2, 4};
        long[] strides = {96, 64, 8};
        assertArrayEquals(new long[] {96, 64, 16, 8},
                Reshape.attemptNoCopy(dims, strides, new long[] {2, 2, 2, 2}, false, 8).orElseThrow());
        assertEquals(Optional.empty(), Reshape.attemptNoCopy(dims, strides, new long[] {2, 8}, false, 8));
    }

    private static void assertError(String message, Runnable call) {
        LayoutException e = assertThrows(LayoutException.class, call::run);
        assertEquals("ValueError", e.pyType());
        assertEquals(message, e.getMessage());
    }
}
