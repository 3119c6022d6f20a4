package dev.ndgrade.ndarray.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContiguityTest {

    @Test
    void flagsAndCopyStridesMatchNumPyForEveryGoldenView() {
        for (String line : Golden.lines("contiguity.txt")) {
            String[] f = line.split(" ");
            long itemsize = Long.parseLong(f[0]);
            long[] dims = Golden.tuple(f[1]);
            long[] strides = Golden.tuple(f[2]);
            assertEquals(f[3].equals("1"), Contiguity.isCContiguous(dims, strides, itemsize), line);
            assertEquals(f[4].equals("1"), Contiguity.isFContiguous(dims, strides, itemsize), line);
            String orders = "CFAK";
            for (int i = 0; i < orders.length(); i++) {
                MemoryOrder order = Golden.order(orders.substring(i, i + 1));
                assertArrayEquals(Golden.tuple(f[5 + i]), FreshStrides.forCopy(dims, strides, itemsize, order),
                        line + " copy order " + order);
            }
        }
    }

    @Test
    void newBuffersGetNumPysStridesIncludingAllZeroForZeroBytes() {
        for (String line : Golden.lines("fresh.txt")) {
            String[] f = line.split(" ");
            long[] expected = Golden.tuple(f[3]);
            assertArrayEquals(expected, FreshStrides.forNewBuffer(Golden.tuple(f[2]), Long.parseLong(f[0]),
                    Golden.order(f[1])), line);
        }
    }

    @Test
    void anArrayWithAZeroLengthAxisIsBothContiguousWhateverItsStrides() {
        long[] dims = {3, 0, 2};
        long[] strides = {-7, 100, 3};
        assertTrue(Contiguity.isCContiguous(dims, strides, 8));
        assertTrue(Contiguity.isFContiguous(dims, strides, 8));
    }

    @Test
    void lengthOneAxesDoNotAffectContiguity() {
        assertTrue(Contiguity.isCContiguous(new long[] {1, 4, 1}, new long[] {999, 8, -5}, 8));
        assertTrue(Contiguity.isFContiguous(new long[] {1, 4, 1}, new long[] {999, 8, -5}, 8));
        assertFalse(Contiguity.isFContiguous(new long[] {2, 3}, new long[] {24, 8}, 8));
    }

    @Test
    void orderAResolvesToFOnlyForFortranOnlyArrays() {
        assertEquals(MemoryOrder.F, Contiguity.resolveAny(MemoryOrder.A, new long[] {2, 3}, new long[] {8, 16}, 8));
        assertEquals(MemoryOrder.C, Contiguity.resolveAny(MemoryOrder.A, new long[] {3}, new long[] {8}, 8));
        assertEquals(MemoryOrder.C,
                Contiguity.resolveAny(MemoryOrder.A, new long[] {2, 3}, new long[] {48, 16}, 8));
    }

    @Test
    void contiguousStridesOverExistingDataCountAZeroLengthAxisAsOne() {
        // np.arange(6)[:0].reshape(2, 0, 3).strides == (24, 24, 8): a view, so no 0-byte rule
        assertArrayEquals(new long[] {24, 24, 8}, FreshStrides.contiguous(new long[] {2, 0, 3}, 8, MemoryOrder.C));
        assertArrayEquals(new long[] {0, 0, 0}, FreshStrides.forNewBuffer(new long[] {2, 0, 3}, 8, MemoryOrder.C));
    }
}
