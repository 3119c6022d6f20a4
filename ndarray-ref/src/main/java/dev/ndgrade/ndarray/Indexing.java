package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.layout.ShapeText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code a[index]} and {@code a[index] = value} with NumPy's rules (mapping.c): integers and slices give views, a full
 * integer index gives a scalar, integer and boolean arrays (advanced indexing) give copies.
 */
public final class Indexing {
    private Indexing() {
    }

    /** Resolves a basic index against {@code a}, raising its IndexErrors, without reading any element. */
    public static void resolve(NdArray a, List<Index> index) {
        Plan.of(a, index);
    }

    /** {@code a[index]}: an {@link NdArray} (view or copy) or a {@link Scalar}. */
    public static Object get(NdArray a, List<Index> index) {
        Plan plan = Plan.of(a, index);
        if (plan.fancy.isEmpty()) {
            if (plan.fullInteger) {
                return a.elementAt(plan.basic.offset());
            }
            NdArray v = plan.basic;
            if (plan.scalarArray) {
                return Copies.copy(v, 'C', ViewOrigin.copy("indexing with a 0-d integer array",
                        "an index array, even a 0-d one, makes NumPy copy"));
            }
            return v;
        }
        if (plan.fullBoolMask) {
            return maskSelect(a, plan.maskArray);
        }
        return gather(a, plan);
    }

    /** {@code a[index] = value}: writes through every index kind; value is broadcast and cast to a's dtype. */
    public static void set(NdArray a, List<Index> index, NdArray value) {
        a.requireWriteable();
        Plan plan = Plan.of(a, index);
        if (plan.fancy.isEmpty()) {
            Assign.assign(plan.basic, value);
            return;
        }
        if (plan.fullBoolMask) {
            List<NdArray> selected = IndexArrays.nonzero(plan.maskArray);
            requireMaskValueFits(value, selected.get(0).size());
            List<Index> coordinates = new ArrayList<>();
            for (NdArray axis : selected) {
                coordinates.add(Index.fancy(axis));
            }
            set(a, coordinates, value);
            return;
        }
        Gather g = Gather.of(plan);
        long[] resultShape = g.resultShape();
        NdArray v;
        try {
            v = Broadcasting.to(value, resultShape, true);
        } catch (NumpyException mismatch) {
            throw NumpyException.valueError("shape mismatch: value array of shape " + ShapeText.numpy(value.shape())
                    + " could not be broadcast to indexing result of shape " + ShapeText.numpy(resultShape));
        }
        if (v.buffer() == a.buffer()) {
            v = Copies.copy(v, 'C', ViewOrigin.copy("overlap copy", "the value overlaps the destination"));
        }
        NdArray inTempOrder = v.view(v.offset(), permute(v.shape(), g.tempFromResult), permute(v.strides(), g.tempFromResult),
                v.dtype(), v.origin());
        StridedLoop.Row row = Assign.rowCopier(v.dtype(), v.buffer(), a.dtype(), a.buffer());
        g.forEachBlock((blockIndex, srcOff) -> {
            long valueOff = inTempOrder.offset();
            long rem = blockIndex;
            for (int k = g.bShape.length - 1; k >= 0; k--) {
                valueOff += (rem % g.bShape[k]) * inTempOrder.stride(k);
                rem /= g.bShape[k];
            }
            long[] vsub = Arrays.copyOfRange(inTempOrder.strides(), g.bShape.length, inTempOrder.ndim());
            StridedLoop.run(g.subShape, valueOff, vsub, srcOff, g.subStrides, row);
        });
    }

    /**
     * {@code a[mask] = value} with a mask of a's shape takes NumPy's boolean-assignment path, which accepts one
     * value for all selected elements or exactly one per selected element, and nothing of more dimensions.
     */
    private static void requireMaskValueFits(NdArray value, long selected) {
        if (value.ndim() > 1) {
            throw NumpyException.typeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has "
                    + value.ndim() + " dimensions");
        }
        if (value.size() != 1 && value.size() != selected) {
            throw NumpyException.valueError("NumPy boolean array indexing assignment cannot assign " + value.size()
                    + " input values to the " + selected + " output values where the mask is true");
        }
    }

    private static long[] permute(long[] xs, int[] order) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = xs[order[i]];
        }
        return out;
    }

    private static NdArray maskSelect(NdArray a, NdArray mask) {
        long[] offsets = a.offsetsInCOrder();
        long[] maskOffsets = mask.offsetsInCOrder();
        int count = 0;
        for (long mo : maskOffsets) {
            if (mask.buffer().getByte(mo) != 0) {
                count++;
            }
        }
        NdArray out = NdArray.allocate(a.dtype(), new long[] {count}, 'C',
                ViewOrigin.copy("boolean-mask indexing", "boolean-mask indexing always copies the selected elements into a new 1-D array"));
        int size = a.itemsize();
        long k = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (mask.buffer().getByte(maskOffsets[i]) != 0) {
                Buffer.copyBytes(a.buffer(), offsets[i], out.buffer(), k * size, size);
                k++;
            }
        }
        return out;
    }

    private static NdArray gather(NdArray a, Plan plan) {
        Gather g = Gather.of(plan);
        boolean mask = plan.fancy.size() > 0 && plan.fromBool;
        ViewOrigin origin = mask
                ? ViewOrigin.copy("boolean-array indexing", "indexing with a boolean array is advanced indexing, which always copies")
                : ViewOrigin.copy("integer-array (fancy) indexing", "indexing with a list or an integer array is advanced indexing, which always copies");
        long[] tempShape = concat(g.bShape, g.subShape);
        NdArray temp = allocateGathered(a, g, tempShape, origin);
        long blockBytes = Shapes.size(g.subShape) * a.itemsize();
        long[] tempSubStrides = Arrays.copyOfRange(temp.strides(), g.bShape.length, tempShape.length);
        if (Shapes.size(tempShape) > 0) {
            StridedLoop.Row row = Assign.rowCopier(a.dtype(), a.buffer(), a.dtype(), temp.buffer());
            g.forEachBlock((blockIndex, srcOff) ->
                    StridedLoop.run(g.subShape, srcOff, g.subStrides, blockIndex * blockBytes, tempSubStrides, row));
        } else {
            g.forEachBlock((blockIndex, srcOff) -> { }); // nothing to copy, but the indices are still bounds-checked
        }
        if (g.identityOrder()) {
            return temp;
        }
        return temp.view(temp.offset(), permute(temp.shape(), g.resultFromTemp), permute(temp.strides(), g.resultFromTemp),
                temp.dtype(), origin);
    }

    /**
     * The gathered result (index dimensions, then the subspace): index dimensions outermost in C order, each block
     * laid out like the source's subspace (its axes by decreasing |stride|), as NumPy's mapiter allocates it.
     */
    private static NdArray allocateGathered(NdArray a, Gather g, long[] tempShape, ViewOrigin origin) {
        if (Shapes.size(tempShape) == 0) {
            return NdArray.allocate(a.dtype(), tempShape, 'C', origin);
        }
        long[] strides = new long[tempShape.length];
        long step = a.itemsize();
        int[] subOrder = dev.ndgrade.ndarray.layout.StrideOrder.sortedStridePerm(g.subStrides);
        for (int k = subOrder.length - 1; k >= 0; k--) {
            int ax = g.bShape.length + subOrder[k];
            strides[ax] = step;
            step *= tempShape[ax];
        }
        for (int ax = g.bShape.length - 1; ax >= 0; ax--) {
            strides[ax] = step;
            step *= tempShape[ax];
        }
        return NdArray.allocateStrided(a.dtype(), tempShape, strides, 0, step, origin);
    }

    static long[] concat(long[] x, long[] y) {
        long[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    /** The index classified against the array: a basic view, and the advanced entries if any. */
    private static final class Plan {
        NdArray basic;                 // the view from ints/slices/newaxis, with fancy-indexed axes kept whole
        boolean fullInteger;
        boolean scalarArray;
        boolean fullBoolMask;
        boolean fromBool;
        NdArray maskArray;
        final List<NdArray> fancy = new ArrayList<>();        // integer index arrays, one per fancy axis
        final List<Integer> fancyAxes = new ArrayList<>();    // the axis of `basic` each one indexes
        boolean adjacent = true;
        int firstFancyResultAxis;

        static Plan of(NdArray a, List<Index> index) {
            Plan p = new Plan();
            int ellipses = 0;
            int consumed = 0;
            boolean anyFancy = false;
            for (Index ix : index) {
                if (ix instanceof Index.Ellipsis) {
                    ellipses++;
                } else if (ix instanceof Index.At || ix instanceof Index.Slice) {
                    consumed++;
                } else if (ix instanceof Index.Fancy f) {
                    DType t = f.array().dtype();
                    if (!(t instanceof DType.Int) && !(t instanceof DType.Bool)) {
                        throw NumpyException.indexError("arrays used as indices must be of integer (or boolean) type");
                    }
                    if (f.isBool()) {
                        consumed += f.array().ndim();
                        anyFancy = true;
                    } else {
                        consumed++;
                        if (f.array().ndim() > 0) {
                            anyFancy = true;
                        } else {
                            p.scalarArray = true;
                        }
                    }
                }
            }
            if (ellipses > 1) {
                throw NumpyException.indexError("an index can only have a single ellipsis ('...')");
            }
            if (consumed > a.ndim()) {
                throw NumpyException.indexError("too many indices for array: array is " + a.ndim()
                        + "-dimensional, but " + consumed + " were indexed");
            }
            if (!anyFancy) {
                p.buildBasic(a, index, consumed, false);
                boolean onlyInts = ellipses == 0 && index.stream().allMatch(ix -> ix instanceof Index.At || ix instanceof Index.Fancy);
                p.fullInteger = onlyInts && consumed == a.ndim();
                return p;
            }
            if (index.size() == 1 && index.get(0) instanceof Index.Fancy f && f.isBool()
                    && Arrays.equals(f.array().shape(), a.shape()) && a.ndim() > 0) {
                p.fullBoolMask = true;
                p.maskArray = f.array();
                p.fancy.add(f.array());
                return p;
            }
            p.buildBasic(a, index, consumed, true);
            return p;
        }

        /** Applies ints/slices/newaxis; with {@code keepFancy}, integer and array entries keep their axis whole. */
        private void buildBasic(NdArray a, List<Index> index, int consumed, boolean keepFancy) {
            List<Long> shape = new ArrayList<>();
            List<Long> strides = new ArrayList<>();
            long offset = a.offset();
            int axis = 0;
            int lastFancyEntry = -2;
            boolean describedSlice = false;
            boolean seenFancy = false;
            boolean gapAfterFancy = false;
            for (Index ix : index) {
                if (ix instanceof Index.Ellipsis) {
                    int n = a.ndim() - consumed;
                    for (int k = 0; k < n; k++, axis++) {
                        shape.add(a.dim(axis));
                        strides.add(a.stride(axis));
                    }
                    if (seenFancy) {
                        gapAfterFancy = true; // NumPy treats an Ellipsis between advanced indices as a separator
                    }
                } else if (ix instanceof Index.NewAxis) {
                    shape.add(1L);
                    strides.add(0L);
                    if (seenFancy) {
                        gapAfterFancy = true;
                    }
                } else if (ix instanceof Index.Slice s) {
                    long[] r = s.resolve(a.dim(axis));
                    if (r[2] > 0) {
                        offset += r[0] * a.stride(axis);
                        shape.add(r[2]);
                        strides.add(a.stride(axis) * r[1]);
                    } else {
                        // get_view_from_index: an empty slice is taken as start 0, step 1
                        shape.add(0L);
                        strides.add(a.stride(axis));
                    }
                    axis++;
                    describedSlice = true;
                    if (seenFancy) {
                        gapAfterFancy = true;
                    }
                } else if (ix instanceof Index.At at && !keepFancy) {
                    long i = checkedIndex(at.index(), a.dim(axis), axis);
                    offset += i * a.stride(axis);
                    axis++;
                } else {
                    // an advanced entry (or an integer among advanced entries): keep the axes, record the index arrays
                    if (seenFancy && gapAfterFancy) {
                        adjacent = false;
                    }
                    if (!seenFancy) {
                        firstFancyResultAxis = shape.size();
                    }
                    seenFancy = true;
                    List<NdArray> arrays = advancedArrays(ix, a, axis);
                    for (NdArray idx : arrays) {
                        fancyAxes.add(shape.size());
                        fancy.add(idx);
                        shape.add(a.dim(axis));
                        strides.add(a.stride(axis));
                        axis++;
                    }
                    if (ix instanceof Index.Fancy f && f.isBool()) {
                        fromBool = true;
                        if (f.array().ndim() == 0) {
                            // a 0-d boolean adds an axis of length 1 that the index [0] or [] selects
                            fancyAxes.add(shape.size());
                            fancy.add(f.array().item().isTrue() ? IndexArrays.of(0) : IndexArrays.empty());
                            shape.add(1L);
                            strides.add(0L);
                        }
                    }
                }
            }
            for (; axis < a.ndim(); axis++) {
                shape.add(a.dim(axis));
                strides.add(a.stride(axis));
            }
            long[] sh = shape.stream().mapToLong(Long::longValue).toArray();
            long[] st = strides.stream().mapToLong(Long::longValue).toArray();
            String op = describedSlice ? "basic slicing" : "basic indexing";
            basic = a.view(offset, sh, st, a.dtype(), ViewOrigin.view(op,
                    "integers, slices, ... and np.newaxis only change offset, shape and strides, so the result shares memory"));
        }

        private static List<NdArray> advancedArrays(Index ix, NdArray a, int axis) {
            if (ix instanceof Index.At at) {
                checkedIndex(at.index(), a.dim(axis), axis); // integers are checked while the index is prepared
                return List.of(IndexArrays.scalar(at.index()));
            }
            NdArray arr = ((Index.Fancy) ix).array();
            if (!(arr.dtype() instanceof DType.Bool)) {
                return List.of(arr);
            }
            if (arr.ndim() == 0) {
                return List.of();
            }
            for (int k = 0; k < arr.ndim(); k++) {
                // NumPy lets a mask axis of length 0 through unchecked
                if (arr.dim(k) != a.dim(axis + k) && arr.dim(k) != 0) {
                    throw NumpyException.indexError("boolean index did not match indexed array along axis " + (axis + k)
                            + "; size of axis is " + a.dim(axis + k) + " but size of corresponding boolean axis is " + arr.dim(k));
                }
            }
            return IndexArrays.nonzero(arr);
        }
    }

    static long checkedIndex(long i, long size, int axis) {
        if (i < -size || i >= size) {
            throw NumpyException.indexError("index " + i + " is out of bounds for axis " + axis + " with size " + size);
        }
        return i < 0 ? i + size : i;
    }

    /** Where an advanced index reads: the broadcast index shape, the subspace, and how the result axes are ordered. */
    private static final class Gather {
        long[] bShape;
        long[] subShape;
        long[] subStrides;
        long subOffset;
        NdArray[] idx;          // index arrays broadcast to bShape
        long[] fancyStrides;
        long[] fancyDims;
        int[] fancyAxisNumbers;
        int[] resultFromTemp;   // result axis i = temp axis resultFromTemp[i]
        int[] tempFromResult;   // temp axis j = result axis tempFromResult[j]

        interface Block {
            void at(long blockIndex, long srcOffset);
        }

        static Gather of(Plan p) {
            Gather g = new Gather();
            NdArray basic = p.basic;
            List<long[]> shapes = new ArrayList<>();
            for (NdArray x : p.fancy) {
                shapes.add(x.shape());
            }
            try {
                g.bShape = Broadcasting.shape(shapes);
            } catch (NumpyException e) {
                StringBuilder sb = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with shapes ");
                for (long[] s : shapes) {
                    sb.append(ShapeText.numpy(s)).append(' ');
                }
                throw NumpyException.indexError(sb.toString());
            }
            int nf = p.fancy.size();
            g.idx = new NdArray[nf];
            g.fancyStrides = new long[nf];
            g.fancyDims = new long[nf];
            g.fancyAxisNumbers = new int[nf];
            for (int k = 0; k < nf; k++) {
                g.idx[k] = Broadcasting.to(p.fancy.get(k), g.bShape, true);
                int ax = p.fancyAxes.get(k);
                g.fancyStrides[k] = basic.stride(ax);
                g.fancyDims[k] = basic.dim(ax);
                g.fancyAxisNumbers[k] = ax;
            }
            List<Long> ss = new ArrayList<>();
            List<Long> st = new ArrayList<>();
            int before = 0;
            for (int ax = 0; ax < basic.ndim(); ax++) {
                if (!p.fancyAxes.contains(ax)) {
                    ss.add(basic.dim(ax));
                    st.add(basic.stride(ax));
                    if (ax < p.firstFancyResultAxis) {
                        before++;
                    }
                }
            }
            g.subShape = ss.stream().mapToLong(Long::longValue).toArray();
            g.subStrides = st.stream().mapToLong(Long::longValue).toArray();
            g.subOffset = basic.offset();
            int nb = g.bShape.length;
            int nsub = g.subShape.length;
            int nd = nb + nsub;
            g.resultFromTemp = new int[nd];
            if (p.adjacent && before > 0) {
                int r = 0;
                for (int j = 0; j < before; j++) {
                    g.resultFromTemp[r++] = nb + j;
                }
                for (int j = 0; j < nb; j++) {
                    g.resultFromTemp[r++] = j;
                }
                for (int j = before; j < nsub; j++) {
                    g.resultFromTemp[r++] = nb + j;
                }
            } else {
                for (int j = 0; j < nd; j++) {
                    g.resultFromTemp[j] = j;
                }
            }
            g.tempFromResult = new int[nd];
            for (int i = 0; i < nd; i++) {
                g.tempFromResult[g.resultFromTemp[i]] = i;
            }
            return g;
        }

        boolean identityOrder() {
            for (int i = 0; i < resultFromTemp.length; i++) {
                if (resultFromTemp[i] != i) {
                    return false;
                }
            }
            return true;
        }

        long[] resultShape() {
            long[] temp = concat(bShape, subShape);
            return permute(temp, resultFromTemp);
        }

        /** Calls {@code block} for each position of the broadcast index, in C order, with the source offset there. */
        void forEachBlock(Block block) {
            long n = Shapes.size(bShape);
            int nf = idx.length;
            long[][] offs = new long[nf][];
            for (int k = 0; k < nf; k++) {
                offs[k] = idx[k].offsetsInCOrder();
            }
            // check every index first: NumPy raises before writing anything
            for (int k = 0; k < nf; k++) {
                NdArray ia = idx[k];
                for (long o : offs[k]) {
                    checkedIndex(Elements.toLong(ia.elementAt(o)), fancyDims[k], fancyAxisNumbers[k]);
                }
            }
            if (Shapes.size(subShape) == 0 && n > 0) {
                return;
            }
            for (long b = 0; b < n; b++) {
                long off = subOffset;
                for (int k = 0; k < nf; k++) {
                    long i = Elements.toLong(idx[k].elementAt(offs[k][(int) b]));
                    if (i < 0) {
                        i += fancyDims[k];
                    }
                    off += i * fancyStrides[k];
                }
                block.at(b, off);
            }
        }
    }
}
