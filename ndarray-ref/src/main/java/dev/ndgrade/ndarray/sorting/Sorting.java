package dev.ndgrade.ndarray.sorting;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Lanes;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code np.sort}, {@code ndarray.sort} and {@code argsort}. Sorted values are unique whatever the algorithm, except
 * where equal elements print differently (0.0 and -0.0): an unstable sort of such a lane is refused. The indices of
 * an unstable argsort are refused whenever a lane holds equal elements; a stable one is exact.
 */
public final class Sorting {
    private Sorting() {
    }

    /**
     * {@code np.sort(a, axis, kind)}: a sorted copy laid out like {@code a} (order 'K'); a null axis sorts the
     * flattened array, as NumPy's {@code a.flatten()} then sort.
     */
    public static NdArray sorted(NdArray a, Integer axis, SortKind kind) {
        NdArray copy = axis == null ? Reshaping.flatten(a, 'C')
                : Copies.copy(a, 'K', ViewOrigin.copy("np.sort", "np.sort returns a sorted copy; a.sort() sorts in place"));
        sortInPlace(copy, axis == null ? -1 : axis, kind);
        return copy;
    }

    /** {@code a.sort(axis, kind)}: reorders {@code a}'s own elements, so a view sorts part of its base. */
    public static void sortInPlace(NdArray a, int axis, SortKind kind) {
        int ax = Axes.normalize(axis, a.ndim(), null);
        if (!a.writeable()) {
            throw NumpyException.valueError("sort array is read-only");
        }
        Meter.current().elements(a.size());
        Comparator<Scalar> order = ElementOrder.of(a.dtype());
        for (long[] lane : Lanes.of(a, ax).offsets()) {
            List<Scalar> values = read(a, lane);
            values.sort(order);
            if (!kind.stable()) {
                refuseVisibleTies(values, order);
            }
            for (int i = 0; i < lane.length; i++) {
                Elements.write(a.dtype(), a.buffer(), lane[i], values.get(i));
            }
        }
    }

    /**
     * {@code np.argsort(a, axis, kind)}: int64 indices in C order that sort each lane; a null axis sorts the flattened
     * array.
     */
    public static NdArray argsort(NdArray a, Integer axis, SortKind kind) {
        if (a.ndim() == 0) {
            throw new Unreproducible("argsort of a 0-d array");
        }
        Meter.current().elements(a.size());
        NdArray src = axis == null ? Reshaping.ravel(a, 'C') : a;
        int ax = Axes.normalize(axis == null ? -1 : axis, src.ndim(), null);
        NdArray out = NdArray.allocate(DType.INT64, src.shape(), 'C', ViewOrigin.fresh("argsort"));
        Comparator<Scalar> order = ElementOrder.of(src.dtype());
        long[][] outLanes = Lanes.of(out, ax).offsets();
        long[][] lanes = Lanes.of(src, ax).offsets();
        for (int l = 0; l < lanes.length; l++) {
            List<Scalar> values = read(src, lanes[l]);
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                idx.add(i);
            }
            idx.sort((i, j) -> order.compare(values.get(i), values.get(j))); // List.sort is stable
            for (int i = 0; i < idx.size(); i++) {
                if (!kind.stable() && i > 0 && order.compare(values.get(idx.get(i - 1)), values.get(idx.get(i))) == 0) {
                    throw new Unreproducible("argsort of equal elements with kind='" + kind + "' (their order is "
                            + "NumPy's unstable algorithm's; kind='stable' is exact)");
                }
                Elements.writeLong(DType.INT64, out.buffer(), outLanes[l][i], idx.get(i));
            }
        }
        return out;
    }

    private static List<Scalar> read(NdArray a, long[] lane) {
        List<Scalar> values = new ArrayList<>(lane.length);
        for (long off : lane) {
            values.add(a.elementAt(off));
        }
        return values;
    }

    private static void refuseVisibleTies(List<Scalar> sorted, Comparator<Scalar> order) {
        for (int i = 1; i < sorted.size(); i++) {
            if (order.compare(sorted.get(i - 1), sorted.get(i)) == 0 && ElementOrder.tieShows(sorted.get(i - 1), sorted.get(i))) {
                throw new Unreproducible("sorting 0.0 with -0.0 unstably (which comes first is NumPy's algorithm's)");
            }
        }
    }
}
