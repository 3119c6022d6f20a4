package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Broadcasting;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Overlap;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.layout.Broadcast;

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

    /** What runs: the ufunc (or the ufunc the {@code **} shortcut runs instead), its loop, and the operands it reads. */
    private record Plan(UfuncKind f, Loop loop, List<Operand> operands) {
        static Plan of(UfuncKind f, List<Operand> ops, boolean operator) {
            PowerShortcut s = operator && f == UfuncKind.POWER ? PowerShortcut.of(ops.get(0), ops.get(1)) : null;
            if (s == null) {
                return new Plan(f, LoopSelection.resolve(f, ops), ops);
            }
            return new Plan(s.kind(), s.loop(((Operand.Array) ops.get(0)).array().dtype()), ops.subList(0, 1));
        }

        /** The ufunc's name as NumPy's messages give it. */
        String name() {
            return f.numpyName();
        }
    }

    /**
     * The result: a new array, or a NumPy scalar when every operand is 0-d; {@code out} itself when given.
     *
     * @param operator Python's operator ({@code a ** 2}, {@code abs(x)}, {@code x // y}) rather than the NumPy function:
     *                 the operator takes the {@code **} shortcut and NumPy's scalar rules (see {@link ScalarOperators})
     */
    static Object run(UfuncKind f, List<Operand> ops, NdArray out, boolean operator) {
        if (ops.size() != f.nin()) {
            throw new IllegalArgumentException(f.numpyName() + " takes " + f.nin() + " inputs, got " + ops.size());
        }
        if (out != null && !out.writeable()) {
            throw NumpyException.valueError("output array is read-only");
        }
        if (operator) {
            ScalarOperators.refuseUnsupported(f, ops);
            Scalar scalarMath = out == null ? ScalarOperators.scalarAbsolute(f, ops) : null;
            if (scalarMath == null && out == null) {
                scalarMath = ScalarOperators.scalarPower(f, ops);
            }
            if (scalarMath != null) {
                return scalarMath;
            }
        }
        Plan plan = Plan.of(f, ops, operator);
        List<NdArray> inputs = new ArrayList<>();
        Boolean constant = convertOperands(plan, ops, inputs);
        requireOutputCast(plan, out);
        long[] shape = broadcastShape(inputs, out);

        NdArray target = target(plan, shape, inputs, out);
        if (constant != null) {
            ArrayCasts.fill(target, constant);
        } else {
            compute(plan, castInputs(inputs, plan.loop()), target);
        }
        if (out != null) {
            if (target != out) {
                ArrayCasts.copyInto(target, out);
            }
            return out;
        }
        boolean allScalars = ops.stream().allMatch(op -> op.ndim() == 0);
        return allScalars ? Elements.read(target.dtype(), target.buffer(), target.offset()) : target;
    }

    /**
     * Fills {@code inputs} with one array per operand: arrays as given, scalars as 0-d arrays of the loop's dtype
     * (raising NumPy's OverflowErrors). Returns the constant answer of an out-of-range integer comparison, or null.
     */
    private static Boolean convertOperands(Plan plan, List<Operand> ops, List<NdArray> inputs) {
        Boolean constant = null;
        for (int i = 0; i < plan.operands().size(); i++) {
            Operand op = plan.operands().get(i);
            if (op instanceof Operand.Array a) {
                inputs.add(a.array());
                continue;
            }
            Boolean outcome = plan.f().isComparison() ? OutOfRangeComparison.outcome(plan.f(), ops, i, plan.loop().input(i)) : null;
            if (outcome != null) {
                constant = outcome;
                inputs.add(zeroD(ScalarConversion.cast(Scalar.of(false), plan.loop().input(i))));
            } else {
                inputs.add(zeroD(ScalarConversion.toType(op, plan.loop().input(i))));
            }
        }
        return constant;
    }

    private static void requireOutputCast(Plan plan, NdArray out) {
        if (out != null && !TypePromotion.canCast(plan.loop().output(), out.dtype(), Casting.SAME_KIND)) {
            throw new NumpyException("UFuncTypeError", "Cannot cast ufunc '" + plan.name() + "' output from dtype('"
                    + plan.loop().output().name() + "') to dtype('" + out.dtype().name() + "') with casting rule 'same_kind'");
        }
    }

    /** Where the loop writes: a new result, {@code out} itself, or a temporary copied into {@code out} afterwards. */
    private static NdArray target(Plan plan, long[] shape, List<NdArray> inputs, NdArray out) {
        if (out == null) {
            return ResultLayout.allocate(plan.loop().output(), shape, inputs, plan.loop().inputs(), ViewOrigin.fresh("np." + plan.name()));
        }
        if (out.dtype().equals(plan.loop().output()) && !overlapsAnInput(out, plan.operands())
                && !Overlap.mayHaveInternalOverlap(out)) {
            return out;
        }
        return NdArray.allocate(plan.loop().output(), shape, 'C', ViewOrigin.fresh("np." + plan.name() + " temporary"));
    }

    private static void compute(Plan plan, List<NdArray> inputs, NdArray target) {
        long[] shape = target.shape();
        NdArray a = inputs.get(0);
        if (inputs.size() == 1) {
            UnaryLoop kernel = Kernels.unary(plan.f(), plan.loop());
            Rows.forEach(shape, new long[] {target.offset(), a.offset()},
                    new long[][] {target.strides(), ResultLayout.broadcastStrides(a, shape)},
                    (off, st, n) -> kernel.run(a.buffer(), off[1], st[1], target.buffer(), off[0], st[0], n));
        } else {
            BinaryLoop kernel = Kernels.binary(plan.f(), plan.loop());
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
            if (a.dtype().equals(loop.input(i))) {
                out.add(a);
            } else {
                NdArray c = NdArray.allocate(loop.input(i), a.shape(), 'C', ViewOrigin.fresh("ufunc input cast"));
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
        return out == null ? Broadcasting.shape(shapes) : Broadcast.shapesWithOutputs(shapes, List.of(out.shape()));
    }

    /** NumPy's COPY_IF_OVERLAP test: any shared bytes, unless the input is exactly the output's view. */
    private static boolean overlapsAnInput(NdArray out, List<Operand> operands) {
        for (Operand op : operands) {
            if (op instanceof Operand.Array a && Overlap.needsCopyFirst(out, a.array())) {
                return true;
            }
        }
        return false;
    }


    private static NdArray zeroD(Scalar value) {
        NdArray a = NdArray.allocate(value.dtype(), new long[0], 'C', ViewOrigin.fresh("scalar operand"));
        Elements.write(value.dtype(), a.buffer(), a.offset(), value);
        return a;
    }
}
