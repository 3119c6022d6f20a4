package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Broadcasting;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.NumpyException;
import dev.ndgrade.ndarray.Overlap;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One elementwise ufunc call, in NumPy's order of business: pick the loop (NEP 50 promotion), convert scalar operands
 * to the loop's dtype, check the output cast ('same_kind'), broadcast, then run the inner loop over strided rows
 * into a new array laid out like the inputs, or into {@code out}. When {@code out} may overlap an input (and is not
 * that very view) the result is computed into a temporary first, so inputs are read as they were before any write.
 */
final class Elementwise {
    private Elementwise() {
    }

    /** The result: a new array, or a NumPy scalar when every operand is 0-d; {@code out} itself when given. */
    static Object run(UfuncKind f, List<Operand> ops, NdArray out) {
        if (ops.size() != f.nin()) {
            throw new IllegalArgumentException(f.numpyName() + " takes " + f.nin() + " inputs, got " + ops.size());
        }
        if (out != null && !out.writeable()) {
            throw NumpyException.valueError("output array is read-only");
        }
        ScalarOperators.refuseUnsupported(f, ops);
        PowerShortcut shortcut = f == UfuncKind.POWER ? PowerShortcut.of(ops.get(0), ops.get(1)) : null;
        List<Operand> operands = shortcut == null ? ops : ops.subList(0, 1);
        Loop loop = shortcut == null ? LoopSelection.resolve(f, ops) : shortcut.loop(arrayOf(ops.get(0)).dtype());
        String name = shortcut == null ? f.numpyName() : shortcut.numpyName();

        List<NdArray> inputs = new ArrayList<>();
        Boolean constant = null;
        for (int i = 0; i < operands.size(); i++) {
            Operand op = operands.get(i);
            if (op instanceof Operand.Array a) {
                inputs.add(a.array());
                continue;
            }
            Boolean outcome = f.isComparison() ? OutOfRangeComparison.outcome(f, ops, i, loop.input(i)) : null;
            if (outcome != null) {
                constant = outcome;
                inputs.add(zeroD(ScalarConversion.cast(Scalar.of(false), loop.input(i))));
            } else {
                inputs.add(zeroD(ScalarConversion.toType(op, loop.input(i))));
            }
        }
        if (out != null && !TypePromotion.canCast(loop.output(), out.dtype(), Casting.SAME_KIND)) {
            throw new NumpyException("UFuncTypeError", "Cannot cast ufunc '" + name + "' output from dtype('"
                    + loop.output().name() + "') to dtype('" + out.dtype().name() + "') with casting rule 'same_kind'");
        }
        long[] shape = broadcastShape(inputs, out);

        NdArray target;
        if (out == null) {
            target = ResultLayout.allocate(loop.output(), shape, inputs, loop.inputs(), ViewOrigin.fresh("np." + name));
        } else if (out.dtype().equals(loop.output()) && !overlapsAnInput(out, operands)) {
            target = out;
        } else {
            target = NdArray.allocate(loop.output(), shape, 'C', ViewOrigin.fresh("np." + name + " temporary"));
        }
        if (constant != null) {
            ArrayCasts.fill(target, constant);
        } else {
            compute(f, shortcut, loop, castInputs(inputs, loop), target);
        }
        if (target != out && out != null) {
            ArrayCasts.copyInto(target, out);
        }
        if (out != null) {
            return out;
        }
        boolean allScalars = ops.stream().allMatch(op -> op.ndim() == 0);
        return allScalars ? Elements.read(target.dtype(), target.buffer(), target.offset()) : target;
    }

    private static NdArray arrayOf(Operand op) {
        return ((Operand.Array) op).array();
    }

    private static void compute(UfuncKind f, PowerShortcut shortcut, Loop loop, List<NdArray> inputs, NdArray target) {
        long[] shape = target.shape();
        if (inputs.size() == 1) {
            UnaryLoop kernel = shortcut != null ? Kernels.shortcut(shortcut, loop.input(0)) : Kernels.unary(f, loop);
            NdArray a = inputs.get(0);
            Rows.forEach(shape, new long[] {target.offset(), a.offset()},
                    new long[][] {target.strides(), ResultLayout.broadcastStrides(a, shape)},
                    (off, st, n) -> kernel.run(a.buffer(), off[1], st[1], target.buffer(), off[0], st[0], n));
        } else {
            BinaryLoop kernel = Kernels.binary(f, loop);
            NdArray a = inputs.get(0);
            NdArray b = inputs.get(1);
            Rows.forEach(shape, new long[] {target.offset(), a.offset(), b.offset()},
                    new long[][] {target.strides(), ResultLayout.broadcastStrides(a, shape), ResultLayout.broadcastStrides(b, shape)},
                    (off, st, n) -> kernel.run(a.buffer(), off[1], st[1], b.buffer(), off[2], st[2], target.buffer(), off[0], st[0], n));
        }
    }

    /** Inputs in their loop's dtype: arrays of another dtype are converted into new arrays first. */
    private static List<NdArray> castInputs(List<NdArray> inputs, Loop loop) {
        List<NdArray> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            NdArray a = inputs.get(i);
            DType t = loop.input(i);
            if (a.dtype().equals(t)) {
                out.add(a);
            } else {
                NdArray c = NdArray.allocate(t, a.shape(), 'C', ViewOrigin.fresh("ufunc input cast"));
                ArrayCasts.copyInto(a, c);
                out.add(c);
            }
        }
        return out;
    }

    /** Inputs and {@code out} broadcast together; {@code out} itself may not be stretched. */
    private static long[] broadcastShape(List<NdArray> inputs, NdArray out) {
        List<long[]> shapes = new ArrayList<>();
        inputs.forEach(a -> shapes.add(a.shape()));
        if (out != null) {
            shapes.add(out.shape());
        }
        long[] shape = Broadcasting.shape(shapes);
        if (out != null && !Arrays.equals(shape, out.shape())) {
            throw NumpyException.valueError("non-broadcastable output operand with shape "
                    + dev.ndgrade.ndarray.Shapes.compact(out.shape()) + " doesn't match the broadcast shape "
                    + dev.ndgrade.ndarray.Shapes.compact(shape));
        }
        return shape;
    }

    /** NumPy's COPY_IF_OVERLAP test: any shared bytes, unless the input is exactly the output's view. */
    private static boolean overlapsAnInput(NdArray out, List<Operand> operands) {
        for (Operand op : operands) {
            if (op instanceof Operand.Array a && Overlap.boundsOverlap(out, a.array()) && !sameView(out, a.array())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameView(NdArray x, NdArray y) {
        return x.offset() == y.offset() && x.dtype().equals(y.dtype()) && Arrays.equals(x.shape(), y.shape())
                && Arrays.equals(x.strides(), y.strides());
    }

    private static NdArray zeroD(Scalar value) {
        NdArray a = NdArray.allocate(value.dtype(), new long[0], 'C', ViewOrigin.fresh("scalar operand"));
        Elements.write(value.dtype(), a.buffer(), a.offset(), value);
        return a;
    }
}
