package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code np.delete} and {@code np.insert}: always a new array. Deleting one index or a slice (and inserting) fills an
 * empty array laid out in the input's order (F only for a Fortran-only input); deleting by an index array is
 * boolean indexing, laid out as that indexing lays it out.
 */
public final class Splicing {
    private static final Index ALL = Index.slice(null, null, null);

    private Splicing() {
    }

    /** The array and axis NumPy's Python works on, and the order its fresh results take. */
    private record Target(NdArray arr, int axis, char order) {
        static Target of(NdArray a, Long axis) {
            char order = a.fContiguous() && !a.cContiguous() ? 'F' : 'C';
            if (axis == null) {
                NdArray flat = a.ndim() == 1 ? a : Reshaping.ravel(a, 'C');
                return new Target(flat, 0, order);
            }
            return new Target(a, Axes.normalize(axis, a.ndim(), null), order);
        }

        long length() {
            return arr.dim(axis);
        }

        List<Index> along(Index entry) {
            List<Index> index = new ArrayList<>(Collections.nCopies(arr.ndim(), ALL));
            index.set(axis, entry);
            return index;
        }
    }

    /** {@code np.delete(arr, index, axis)} for one integer index. */
    public static NdArray deleteAt(NdArray a, long index, Long axis) {
        Target t = Target.of(a, axis);
        long n = t.length();
        if (index < -n || index >= n) {
            throw NumpyException.indexError("index " + index + " is out of bounds for axis " + t.axis() + " with size " + n);
        }
        boolean[] keep = allKept(n);
        keep[(int) (index < 0 ? index + n : index)] = false;
        return kept(t, keep);
    }

    /** {@code np.delete(arr, slice, axis)}. */
    public static NdArray deleteSlice(NdArray a, Index.Slice slice, Long axis) {
        Target t = Target.of(a, axis);
        long[] r = slice.resolve(t.length());
        boolean[] keep = allKept(t.length());
        for (long i = 0, at = r[0]; i < r[2]; i++, at += r[1]) {
            keep[(int) at] = false;
        }
        return kept(t, keep);
    }

    /**
     * {@code np.delete(arr, obj, axis)} for an index array: a boolean one says which to delete (it must span the
     * axis), an integer one is written False into a mask of all True (so out-of-bounds indices are that
     * assignment's IndexError); the result is {@code arr[..., mask]}.
     */
    public static NdArray deleteAll(NdArray a, NdArray obj, Long axis) {
        Target t = Target.of(a, axis);
        long n = t.length();
        NdArray mask;
        if (obj.dtype() instanceof DType.Bool) {
            if (obj.ndim() != 1 || obj.dim(0) != n) {
                throw NumpyException.valueError("boolean array argument obj to delete must be one dimensional and match the axis length of " + n);
            }
            mask = NdArray.allocate(DType.BOOL, new long[] {n}, 'C', ViewOrigin.fresh("np.delete"));
            for (long i = 0; i < n; i++) {
                mask.put(Scalar.of(!((Scalar.BoolValue) obj.get(i)).value()), i);
            }
        } else {
            mask = Creation.full(new long[] {n}, Scalar.of(true), DType.BOOL, 'C', "np.delete");
            Indexing.set(mask, List.of(Index.fancy(obj)), Creation.full(new long[0], Scalar.of(false), DType.BOOL, 'C', "np.delete"));
        }
        return (NdArray) Indexing.get(t.arr(), t.along(Index.fancy(mask)));
    }

    private static boolean[] allKept(long n) {
        boolean[] keep = new boolean[(int) n];
        Arrays.fill(keep, true);
        return keep;
    }

    /** A fresh array in the target's order holding the kept positions along its axis. */
    private static NdArray kept(Target t, boolean[] keep) {
        long[] shape = t.arr().shape();
        long count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        shape[t.axis()] = count;
        NdArray out = NdArray.allocate(t.arr().dtype(), shape, t.order(), ViewOrigin.copy("np.delete", "np.delete always returns a new array"));
        long at = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                Assign.assign((NdArray) Indexing.get(out, t.along(Index.slice(at, at + 1, null))),
                        (NdArray) Indexing.get(t.arr(), t.along(Index.slice((long) i, i + 1L, null))));
                at++;
            }
        }
        return out;
    }

    /**
     * {@code np.insert(arr, index, values, axis)} at one index: {@code values}, already cast to the array's dtype,
     * gets the array's number of axes ({@code ndmin}); a scalar index moves its first axis to {@code axis} (a
     * one-element index list does not, which inserts a block).
     */
    public static NdArray insertAt(NdArray a, long index, boolean scalarIndex, NdArray values, Long axis) {
        Target t = Target.of(a, axis);
        long n = t.length();
        if (index < -n || index > n) {
            throw NumpyException.indexError("index " + (scalarIndex ? index : "[" + index + "]") + " is out of bounds for axis " + t.axis() + " with size " + n);
        }
        long at = index < 0 ? index + n : index;
        NdArray v = Reshaping.prependOnes(values, t.arr().ndim(), 'K');
        if (scalarIndex) {
            v = Axes.moveaxis(v, new long[] {0}, new long[] {t.axis()});
        }
        long added = v.dim(t.axis());
        long[] shape = t.arr().shape();
        shape[t.axis()] += added;
        NdArray out = NdArray.allocate(t.arr().dtype(), shape, t.order(), ViewOrigin.copy("np.insert", "np.insert always returns a new array"));
        Indexing.set(out, t.along(Index.slice(null, at, null)), (NdArray) Indexing.get(t.arr(), t.along(Index.slice(null, at, null))));
        Indexing.set(out, t.along(Index.slice(at, at + added, null)), v);
        Indexing.set(out, t.along(Index.slice(at + added, null, null)), (NdArray) Indexing.get(t.arr(), t.along(Index.slice(at, null, null))));
        return out;
    }
}
