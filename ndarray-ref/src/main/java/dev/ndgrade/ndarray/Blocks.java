package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * {@code np.block}: nested lists of arrays joined innermost list first along the last axes, by concatenate (NumPy's
 * path for results up to 2·512·512 elements times the nesting depth; larger ones it fills by slicing, which the
 * reference does not reproduce).
 */
public final class Blocks {
    private static final long CONCATENATE_LIMIT = 2L * 512 * 512;

    private Blocks() {
    }

    /** What a snippet passed: a list of blocks, a tuple (which np.block refuses), or an array. */
    public sealed interface Block permits Nested, Tuple, Leaf {
    }

    /** A Python list of blocks. */
    public record Nested(List<Block> items) implements Block {
        public Nested {
            items = List.copyOf(items);
        }
    }

    /** A Python tuple where a block was expected. */
    public record Tuple() implements Block {
    }

    /** Anything else, as an array. */
    public record Leaf(NdArray array) implements Block {
    }

    /** {@code _block_check_depths_match}'s answer: the deepest-first index path, largest ndim, total size. */
    private record Depths(List<Integer> bottom, int ndim, long size) {
        boolean empty() {
            return !bottom.isEmpty() && bottom.get(bottom.size() - 1) == null;
        }
    }

    /** {@code np.block(arrays)}. */
    /**
     * @param promote NumPy's {@code promote_types}, given by the caller: type promotion belongs to the ufunc layer,
     *                above this package
     */
    public static NdArray block(Block arrays, BinaryOperator<DType> promote) {
        Depths d = depths(arrays, List.of());
        int listNdim = d.bottom().size();
        if (d.empty()) {
            throw NumpyException.valueError("List at " + format(d.bottom()) + " cannot be empty");
        }
        if (listNdim * d.size() > CONCATENATE_LIMIT) {
            throw new Unreproducible("np.block of more than 2*512*512 elements times its nesting depth (NumPy fills those by slicing)");
        }
        int resultNdim = Math.max(d.ndim(), listNdim);
        NdArray result = join(arrays, listNdim, resultNdim, 0, promote);
        return listNdim == 0 ? Copies.copy(result, 'C', ViewOrigin.copy("np.block", "np.block of a single array copies it")) : result;
    }

    private static Depths depths(Block arrays, List<Integer> parent) {
        if (arrays instanceof Tuple) {
            throw NumpyException.typeError(format(parent) + " is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray.");
        }
        if (arrays instanceof Leaf leaf) {
            return new Depths(parent, leaf.array().ndim(), leaf.array().size());
        }
        List<Block> items = ((Nested) arrays).items();
        if (items.isEmpty()) {
            return new Depths(with(parent, null), 0, 0);
        }
        Depths first = depths(items.get(0), with(parent, 0));
        List<Integer> firstIndex = first.bottom();
        int ndim = first.ndim();
        long size = first.size();
        for (int i = 1; i < items.size(); i++) {
            Depths next = depths(items.get(i), with(parent, i));
            size += next.size();
            ndim = Math.max(ndim, next.ndim());
            if (next.bottom().size() != firstIndex.size()) {
                throw NumpyException.valueError("List depths are mismatched. First element was at depth " + firstIndex.size()
                        + ", but there is an element at depth " + next.bottom().size() + " (" + format(next.bottom()) + ")");
            }
            if (next.empty()) {
                firstIndex = next.bottom();
            }
        }
        return new Depths(firstIndex, ndim, size);
    }

    private static List<Integer> with(List<Integer> parent, Integer last) {
        List<Integer> out = new ArrayList<>(parent);
        out.add(last);
        return out;
    }

    private static String format(List<Integer> index) {
        StringBuilder s = new StringBuilder("arrays");
        index.stream().filter(i -> i != null).forEach(i -> s.append('[').append(i).append(']'));
        return s.toString();
    }

    /** {@code _block}: each leaf with {@code resultNdim} axes (np.array's ndmin, no copy), each list concatenated. */
    private static NdArray join(Block arrays, int maxDepth, int resultNdim, int depth,
            BinaryOperator<DType> promote) {
        if (depth == maxDepth) {
            return Reshaping.prependOnes(((Leaf) arrays).array(), resultNdim, 'K');
        }
        List<NdArray> parts = new ArrayList<>();
        DType t = null;
        for (Block item : ((Nested) arrays).items()) {
            NdArray part = join(item, maxDepth, resultNdim, depth + 1, promote);
            parts.add(part);
            t = t == null ? part.dtype() : promote.apply(t, part.dtype());
        }
        return Joining.concatenate(parts, (long) (depth - maxDepth), t);
    }
}
