package dev.ndgrade.ndarray.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy's broadcasting of shapes, in the flavours whose error texts differ: the iterator behind ufuncs and
 * {@code np.nditer}, the multi-iterator behind {@code np.broadcast}, {@code np.broadcast_arrays} and
 * {@code np.broadcast_shapes}, {@code np.broadcast_to}, and array assignment ({@code a[...] = b},
 * {@code np.copyto}).
 */
public final class Broadcast {
    public static final String NON_SCALAR_TO_SCALAR = "cannot broadcast a non-scalar to a scalar array";
    public static final String NEGATIVE_TARGET = "all elements of broadcast shape must be non-negative";
    public static final String TOO_MANY_DIMENSIONS =
            "input operand has more dimensions than allowed by the axis remapping";

    private Broadcast() {
    }

    /**
     * The broadcast shape of operands as ufuncs and {@code np.nditer} compute it. On a mismatch: {@code operands
     * could not be broadcast together with shapes (2,3) (4,) } (every operand's shape followed by a space).
     */
    public static long[] shapes(List<long[]> operands) {
        long[] result = combine(operands);
        if (result == null) {
            throw LayoutException.value(
                    "operands could not be broadcast together with shapes " + listed(operands));
        }
        return result;
    }

    /**
     * A ufunc call with {@code out=} operands (an in-place operator such as {@code a += b} has {@code out=(a,)}).
     * All operands, outputs last, are broadcast together as in {@link #shapes}; then each output must already have
     * the broadcast shape, else {@code non-broadcastable output operand with shape (3,) doesn't match the broadcast
     * shape (2,3)}.
     */
    public static long[] shapesWithOutputs(List<long[]> inputs, List<long[]> outputs) {
        List<long[]> all = new ArrayList<>(inputs);
        all.addAll(outputs);
        long[] result = shapes(all);
        for (long[] out : outputs) {
            if (!Arrays.equals(out, result)) {
                throw LayoutException.value("non-broadcastable output operand with shape "
                        + ShapeText.numpy(out) + " doesn't match the broadcast shape " + ShapeText.numpy(result));
            }
        }
        return result;
    }

    /**
     * The broadcast shape as {@code np.broadcast}, {@code np.broadcast_arrays} and {@code np.broadcast_shapes}
     * compute it. The mismatch message names the first conflicting axis from the left and the two arguments:
     * {@code shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape
     * (2, 3) and arg 1 with shape (4,).}
     */
    public static long[] objectsShape(List<long[]> args) {
        int ndim = maxNdim(args);
        long[] result = new long[ndim];
        for (int i = 0; i < ndim; i++) {
            result[i] = 1;
            int source = -1;
            for (int j = 0; j < args.size(); j++) {
                long[] shape = args.get(j);
                int k = i + shape.length - ndim;
                if (k < 0 || shape[k] == 1) {
                    continue;
                }
                if (result[i] == 1) {
                    result[i] = shape[k];
                    source = j;
                } else if (result[i] != shape[k]) {
                    throw LayoutException.value("shape mismatch: objects cannot be broadcast to a single "
                            + "shape.  Mismatch is between arg " + source + " with shape "
                            + ShapeText.pythonTuple(args.get(source)) + " and arg " + j + " with shape "
                            + ShapeText.pythonTuple(shape) + ".");
                }
            }
        }
        return result;
    }

    /**
     * Strides of {@code np.broadcast_to(a, target)} (a read-only view at the same offset), with NumPy's checks in
     * NumPy's order. An axis keeps its stride only where the array has that axis with the target's length and
     * that length is not 1; every other axis gets stride 0.
     */
    public static long[] broadcastTo(long[] dims, long[] strides, long[] target) {
        if (target.length == 0 && dims.length > 0) {
            throw LayoutException.value(NON_SCALAR_TO_SCALAR);
        }
        for (long size : target) {
            if (size < 0) {
                throw LayoutException.value(NEGATIVE_TARGET);
            }
        }
        if (dims.length > target.length) {
            throw LayoutException.value(TOO_MANY_DIMENSIONS);
        }
        int lead = target.length - dims.length;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] != 1 && dims[i] != target[lead + i]) {
                throw LayoutException.value("operands could not be broadcast together with remapped shapes "
                        + "[original->remapped]: " + ShapeText.numpy(dims) + "  and requested shape "
                        + ShapeText.numpy(target));
            }
        }
        return stridesIn(dims, strides, target);
    }

    /**
     * Strides of an operand viewed with a broadcast shape it is compatible with, as the iterator gives them (and
     * so {@code np.broadcast_arrays}, {@code np.broadcast_to}): 0 on prepended axes, on stretched axes and on axes of
     * length 1, the operand's stride elsewhere.
     */
    public static long[] stridesIn(long[] dims, long[] strides, long[] shape) {
        int lead = shape.length - dims.length;
        long[] result = new long[shape.length];
        for (int i = lead; i < shape.length; i++) {
            long dim = dims[i - lead];
            result[i] = shape[i] != 1 && dim == shape[i] ? strides[i - lead] : 0;
        }
        return result;
    }

    /**
     * Strides with which assignment reads a source array into a destination shape ({@code PyArray_AssignArray} and
     * {@code broadcast_strides}): leading length-1 axes of a source with more dimensions than the destination are
     * dropped first; then every source axis must have length 1 (read with stride 0) or the destination's length.
     * A 0-d source is a scalar and fits anything. On a mismatch: {@code could not broadcast input array from shape
     * (3,) into shape (2,4)}, with the source shape after dropping.
     */
    public static long[] assignmentStrides(long[] dstDims, long[] srcDims, long[] srcStrides) {
        int drop = 0;
        while (srcDims.length - drop > dstDims.length && srcDims[drop] == 1) {
            drop++;
        }
        long[] dims = Arrays.copyOfRange(srcDims, drop, srcDims.length);
        int lead = dstDims.length - dims.length;
        if (lead < 0) {
            throw assignmentMismatch(dims, dstDims);
        }
        long[] result = new long[dstDims.length];
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == 1) {
                result[lead + i] = 0;
            } else if (dims[i] != dstDims[lead + i]) {
                throw assignmentMismatch(dims, dstDims);
            } else {
                result[lead + i] = srcStrides[drop + i];
            }
        }
        return result;
    }

    private static LayoutException assignmentMismatch(long[] srcDims, long[] dstDims) {
        return LayoutException.value("could not broadcast input array from shape " + ShapeText.numpy(srcDims)
                + " into shape " + ShapeText.numpy(dstDims));
    }

    /** Broadcast shape, or null on a mismatch. */
    private static long[] combine(List<long[]> operands) {
        int ndim = maxNdim(operands);
        long[] result = new long[ndim];
        Arrays.fill(result, 1L);
        for (long[] shape : operands) {
            int lead = ndim - shape.length;
            for (int i = 0; i < shape.length; i++) {
                long current = result[lead + i];
                if (current == 1) {
                    result[lead + i] = shape[i];
                } else if (current != shape[i] && shape[i] != 1) {
                    return null;
                }
            }
        }
        return result;
    }

    private static int maxNdim(List<long[]> shapes) {
        int ndim = 0;
        for (long[] shape : shapes) {
            ndim = Math.max(ndim, shape.length);
        }
        return ndim;
    }

    private static String listed(List<long[]> operands) {
        StringBuilder text = new StringBuilder();
        for (long[] shape : operands) {
            text.append(ShapeText.numpy(shape)).append(' ');
        }
        return text.toString();
    }
}
