package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * repeat, tile and resize. {@code repeat} is C and always fills a fresh C-ordered array; {@code tile} and
 * {@code resize} are NumPy's Python over repeat, concatenate and reshape, so their results are mostly views of a
 * temporary copy ({@code np.tile(a, 2).base} is not None).
 */
public final class Repetition {
    private static final Index ALL = Index.slice(null, null, null);

    private Repetition() {
    }

    /**
     * {@code np.repeat(a, repeats, axis)} ({@code PyArray_Repeat}); {@code axis} null repeats the flattened array.
     * One count (or a sequence of one) applies to every element.
     */
    public static NdArray repeat(NdArray a, long[] counts, Long axis) {
        NdArray src = a;
        long ax = axis == null ? 0 : axis;
        if (axis == null || a.ndim() == 0) {
            src = a.ndim() == 1 ? a : Reshaping.ravel(a, 'C'); // PyArray_CheckAxis
        }
        int k = Axes.normalize(ax, src.ndim(), null);
        long n = src.dim(k);
        boolean broadcast = counts.length == 1;
        if (!broadcast && counts.length != n) {
            throw NumpyException.valueError("operands could not be broadcast together with shape (" + n + ",) (" + counts.length + ",)");
        }
        long total = broadcast ? counts[0] * n : 0;
        for (int j = 0; !broadcast && j < n; j++) {
            if (counts[j] < 0) {
                throw NumpyException.valueError("repeats may not contain negative values.");
            }
            total += counts[j];
        }
        if (total < 0) {
            throw NumpyException.valueError("negative dimensions are not allowed");
        }
        long[] shape = src.shape();
        shape[k] = total;
        NdArray out = NdArray.allocate(src.dtype(), shape, 'C', ViewOrigin.copy("repeat", "repeat always writes into a new array"));
        long at = 0;
        for (int j = 0; j < n; j++) {
            long times = counts[broadcast ? 0 : j];
            NdArray piece = (NdArray) Indexing.get(src, along(k, Index.slice((long) j, j + 1L, null)));
            NdArray target = (NdArray) Indexing.get(out, along(k, Index.slice(at, at + times, null)));
            Assign.assign(target, piece);
            at += times;
        }
        return out;
    }

    private static List<Index> along(int axis, Index entry) {
        List<Index> index = new ArrayList<>(Collections.nCopies(axis, ALL));
        index.add(entry);
        return index;
    }

    /**
     * {@code np.tile(A, reps)}. When every rep is 1 and {@code isArray}, a copy ({@code np.array(A, copy=True,
     * ndmin=d)}); otherwise {@code A} with at least {@code d} axes is repeated axis by axis and reshaped.
     */
    public static NdArray tile(NdArray a, boolean isArray, long[] reps) {
        int d = reps.length;
        boolean ones = Arrays.stream(reps).allMatch(r -> r == 1);
        if (ones && isArray) {
            return Reshaping.prependOnes(Copies.copy(a, 'K', ViewOrigin.copy("np.tile", "np.tile copies when every repetition is 1")), d, 'K');
        }
        NdArray c = Reshaping.prependOnes(a, d, 'K');
        long[] tup = new long[c.ndim()];
        System.arraycopy(reps, 0, tup, c.ndim() - d, d);
        Arrays.fill(tup, 0, c.ndim() - d, 1);
        long[] shapeOut = new long[c.ndim()];
        for (int i = 0; i < shapeOut.length; i++) {
            shapeOut[i] = c.dim(i) * tup[i];
        }
        long n = c.size();
        long[] dimsIn = c.shape();
        if (n > 0) {
            for (int i = 0; i < dimsIn.length; i++) {
                if (tup[i] != 1) {
                    c = repeat(Reshaping.reshape(c, new long[] {-1, n}), new long[] {tup[i]}, 0L);
                }
                n /= dimsIn[i];
            }
        }
        return Reshaping.reshape(c, shapeOut, 'C', null, ViewOrigin.view("np.tile",
                "np.tile reshapes its repeated copy, so the result is a view of that copy"));
    }

    /**
     * {@code np.resize(a, new_shape)}: the raveled input repeated to fill the new size, as a view (a slice, then a
     * reshape) of the concatenated repetitions; zeros when either size is 0.
     */
    public static NdArray resize(NdArray a, long[] newShape) {
        NdArray flat = Reshaping.ravel(a, 'C');
        long newSize = 1;
        for (long dim : newShape) {
            newSize *= dim;
            if (dim < 0) {
                throw NumpyException.valueError("all elements of `new_shape` must be non-negative");
            }
        }
        if (flat.size() == 0 || newSize == 0) {
            return Creation.zeros(newShape, a.dtype(), 'C');
        }
        int repeats = (int) ((newSize + flat.size() - 1) / flat.size());
        NdArray joined = Joining.concatenate(Collections.nCopies(repeats, flat), 0L, a.dtype());
        NdArray head = (NdArray) Indexing.get(joined, List.of(Index.slice(null, newSize, null)));
        return Reshaping.reshape(head, newShape, 'C', null, ViewOrigin.view("np.resize",
                "np.resize reshapes a slice of its repeated copy, so the result is a view of that copy"));
    }
}
