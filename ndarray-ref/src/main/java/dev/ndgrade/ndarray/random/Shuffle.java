package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongBinaryOperator;

/**
 * Fisher-Yates from the end, as both NumPy samplers shuffle: for i = n-1 down to 1, swap item i with item
 * {@code random_interval(i)}. Items are elements of a 1-d array or rows (sub-arrays along axis 0).
 */
final class Shuffle {
    private Shuffle() {
    }

    /** Shuffles a in place along axis 0. */
    static void rows(BitGenerator bits, NdArray a) {
        a.requireWriteable();
        if (a.ndim() == 0 || a.size() == 0) {
            return;
        }
        List<Long> cells = rowCells(a);
        long stride = a.stride(0);
        long itemsize = a.itemsize();
        Buffer buf = a.buffer();
        swaps(bits, a.dim(0), (i, j) -> {
            for (long cell : cells) {
                swapBytes(buf, a.offset() + i * stride + cell, a.offset() + j * stride + cell, itemsize);
            }
            return 0;
        });
    }

    /** Runs the swaps of a shuffle of n items; {@code swap(i, j)} exchanges two of them. */
    static void swaps(BitGenerator bits, long n, LongBinaryOperator swap) {
        for (long i = n - 1; i >= 1; i--) {
            long j = BoundedIntegers.interval(bits, i);
            swap.applyAsLong(i, j);
        }
    }

    /** Byte offsets of the elements of row 0 from the start of its row. */
    private static List<Long> rowCells(NdArray a) {
        List<Long> cells = new ArrayList<>(List.of(0L));
        for (int axis = 1; axis < a.ndim(); axis++) {
            List<Long> next = new ArrayList<>();
            for (long cell : cells) {
                for (long k = 0; k < a.dim(axis); k++) {
                    next.add(cell + k * a.stride(axis));
                }
            }
            cells = next;
        }
        return cells;
    }

    private static void swapBytes(Buffer buf, long p, long q, long n) {
        for (long k = 0; k < n; k++) {
            byte t = buf.getByte(p + k);
            buf.putByte(p + k, buf.getByte(q + k));
            buf.putByte(q + k, t);
        }
    }
}
