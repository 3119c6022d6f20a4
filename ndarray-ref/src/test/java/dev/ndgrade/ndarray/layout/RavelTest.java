package dev.ndgrade.ndarray.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RavelTest {

    @Test
    void everyGoldenRavelIsAViewOrACopyWithNumPysElementOrder() {
        for (String line : Golden.lines("ravel.txt")) {
            String[] f = line.split(" ");
            long itemsize = Long.parseLong(f[0]);
            long offset = Long.parseLong(f[1]);
            long[] dims = Golden.tuple(f[2]);
            long[] strides = Golden.tuple(f[3]);
            MemoryOrder order = Golden.order(f[4]);
            RavelResult result = Ravel.ravel(dims, strides, itemsize, order);
            assertEquals(Long.parseLong(f[7]), result.stride(), line);
            assertEquals(Reshape.size(dims), result.size(), line);
            if (f[6].equals("V")) {
                assertTrue(result instanceof RavelResult.View, line);
                continue;
            }
            assertEquals("C", f[6], line);
            RavelResult.Copy copy = (RavelResult.Copy) result;
            long[] elements = Golden.tuple(f[8]);
            assertArrayEquals(elements, elementNumbers(offset, dims, strides, itemsize, copy.traversal()), line);
        }
    }

    /** The base element numbers (byte offset / itemsize) of the array's elements, visited in traversal order. */
    private static long[] elementNumbers(long offset, long[] dims, long[] strides, long itemsize, int[] traversal) {
        long[] numbers = new long[(int) Reshape.size(dims)];
        long[] index = new long[dims.length];
        for (int k = 0; k < numbers.length; k++) {
            long bytes = offset;
            for (int axis = 0; axis < dims.length; axis++) {
                bytes += index[axis] * strides[axis];
            }
            numbers[k] = bytes / itemsize;
            for (int i = traversal.length - 1; i >= 0; i--) {
                int axis = traversal[i];
                if (++index[axis] < dims[axis]) {
                    break;
                }
                index[axis] = 0;
            }
        }
        return numbers;
    }

    @Test
    void aOneDimensionalStridedArrayRavelsToACopy() {
        RavelResult result = Ravel.ravel(new long[] {3}, new long[] {16}, 8, MemoryOrder.K);
        assertTrue(result instanceof RavelResult.Copy);
    }

    @Test
    void orderKGivesAViewOfATransposedContiguousArray() {
        RavelResult result = Ravel.ravel(new long[] {3, 2}, new long[] {8, 24}, 8, MemoryOrder.K);
        assertEquals(new RavelResult.View(6, 8), result);
    }

    @Test
    void orderKCopiesWhenAStrideIsNegative() {
        RavelResult result = Ravel.ravel(new long[] {2, 3}, new long[] {24, -8}, 8, MemoryOrder.K);
        assertTrue(result instanceof RavelResult.Copy);
    }
}
