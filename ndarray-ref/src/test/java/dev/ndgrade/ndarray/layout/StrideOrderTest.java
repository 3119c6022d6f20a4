package dev.ndgrade.ndarray.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class StrideOrderTest {

    @Test
    void sortedStridePermOrdersByAbsoluteStrideDescendingAsNumPyDocuments() {
        // PyArray_CreateSortedStridePerm's own example: (4, -2, 12) becomes [(2, 12), (0, 4), (1, -2)]
        assertArrayEquals(new int[] {2, 0, 1}, StrideOrder.sortedStridePerm(new long[] {4, -2, 12}));
    }

    @Test
    void sortedStridePermKeepsAxisOrderOnTies() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, StrideOrder.sortedStridePerm(new long[] {8, 16, -8, 16}));
    }

    @Test
    void keepOrderTraversalVisitsMemoryOrderWithoutFlippingNegativeStrides() {
        // a transposed (3, 2) view of a C (2, 3) array with the old last axis reversed
        assertArrayEquals(new int[] {1, 0}, StrideOrder.keepOrderTraversal(new long[] {3, 2}, new long[] {-8, 24}));
        assertArrayEquals(new int[] {0, 1}, StrideOrder.keepOrderTraversal(new long[] {2, 3}, new long[] {24, -8}));
    }

    @Test
    void keepOrderTraversalLetsStridedAxesMovePastBroadcastAxes() {
        // as_strided(np.arange(12), (4, 5, 3), (8, 0, 32)).ravel('K') is arange(12) five times over
        assertArrayEquals(new int[] {1, 2, 0},
                StrideOrder.keepOrderTraversal(new long[] {4, 5, 3}, new long[] {8, 0, 32}));
    }
}
