package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.MemorySharing;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Shapes;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.random.Generator;
import dev.ndgrade.ndarray.random.RandomState;
import dev.ndgrade.ndarray.random.Weights;
import java.math.BigInteger;
import java.util.List;
import java.util.function.LongBinaryOperator;
import java.util.function.Supplier;

/** {@code choice}, {@code shuffle} and {@code permutation} of both samplers: what they take from and give back. */
final class RandomSampling {
    private RandomSampling() {
    }

    static Object generatorChoice(Generator rng, Args args) {
        Object[] v = RandomArgs.bind(args, 1, "a", "size", "replace", "p", "axis", "shuffle");
        if (v[4] != null && NumpyArgs.integer(v[4]) != 0) {
            throw new UnsupportedFeature("the argument 'axis' of " + args.function());
        }
        Population a = Population.of(v[0], "a must be a sequence or an integer, not ", false);
        long[] shape = RandomArgs.size(v[1]);
        a.check(shape, "a must be a positive integer unless no samples are taken",
                "a cannot be empty unless no samples are taken");
        boolean replace = RandomArgs.flag(v[2], true);
        if (!RandomArgs.absent(v[3])) {
            Weights w = weights(v[3], a.size(), replace, Weights.Messages.GENERATOR, args);
            return a.pick(rng.choiceIndices(w, shape == null ? new long[0] : shape), shape == null);
        }
        NdArray idx = rng.choiceIndices(a.size(), shape == null ? new long[0] : shape,
                replace, RandomArgs.flag(v[5], true));
        return a.pick(idx, shape == null);
    }

    static Object legacyChoice(RandomState rs, Args args) {
        Object[] v = RandomArgs.bind(args, 1, "a", "size", "replace", "p");
        Population a = Population.of(v[0], "a must be 1-dimensional or an integer", true);
        long[] shape = RandomArgs.size(v[1]);
        a.check(shape, "a must be greater than 0 unless no samples are taken",
                "'a' cannot be empty unless no samples are taken");
        boolean replace = RandomArgs.flag(v[2], true);
        if (!RandomArgs.absent(v[3])) {
            Weights w = weights(v[3], a.size(), replace, Weights.Messages.LEGACY, args);
            return a.pick(rs.choiceIndices(w, shape == null ? new long[0] : shape), shape == null);
        }
        NdArray idx = rs.choiceIndices(a.size(), shape == null ? new long[0] : shape, replace);
        return a.pick(idx, shape == null);
    }

    static Object generatorShuffle(Generator rng, Args args) {
        Object[] v = RandomArgs.bind(args, 1, "x", "axis");
        if (v[1] != null && NumpyArgs.integer(v[1]) != 0) {
            throw new UnsupportedFeature("the argument 'axis' of " + args.function());
        }
        if (v[0] instanceof NdArray a && !a.writeable()) {
            throw PyException.valueError("array is read-only");
        }
        shuffle(v[0], args, rng::shuffle, rng::shuffle);
        return PyNone.NONE;
    }

    static Object legacyShuffle(RandomState rs, Args args) {
        Object[] v = RandomArgs.bind(args, 1, "x");
        if (v[0] instanceof NdArray a && !a.writeable()) {
            throw new UnsupportedFeature("np.random.shuffle of a read-only array");
        }
        shuffle(v[0], args, rs::shuffle, rs::shuffle);
        return PyNone.NONE;
    }

    static Object generatorPermutation(Generator rng, Args args) {
        Object[] v = RandomArgs.bind(args, 1, "x", "axis");
        if (v[1] != null && NumpyArgs.integer(v[1]) != 0) {
            throw new UnsupportedFeature("the argument 'axis' of " + args.function());
        }
        return permutation(v[0], rng::permutation, rng::shuffle, () -> new NumpyException("AxisError",
                "axis 0 is out of bounds for array of dimension 0"));
    }

    static Object legacyPermutation(RandomState rs, Args args) {
        Object[] v = RandomArgs.bind(args, 1, "x");
        return permutation(v[0], rs::permutation, rs::shuffle,
                () -> PyException.indexError("x must be an integer or at least 1-dimensional"));
    }

    /** A sampler's shuffle of a sequence that is not an array: the swaps of its n items. */
    private interface SequenceShuffle {
        void shuffle(long n, LongBinaryOperator swap);
    }

    /** A sampler's in-place shuffle of an array along axis 0. */
    private interface ArrayShuffle {
        void shuffle(NdArray a);
    }

    /** A sampler's shuffled {@code arange(n)}. */
    private interface RangePermutation {
        NdArray permutation(long n);
    }

    private static void shuffle(Object x, Args args, ArrayShuffle arrays, SequenceShuffle lists) {
        if (x instanceof NdArray a && a.ndim() > 0) {
            arrays.shuffle(a);
        } else if (x instanceof PyList l) {
            List<Object> items = l.items();
            lists.shuffle(items.size(), (i, j) -> {
                Object t = items.get((int) i);
                items.set((int) i, items.get((int) j));
                items.set((int) j, t);
                return 0;
            });
        } else {
            throw new UnsupportedFeature(args.function() + " of " + Types.shortName(x));
        }
    }

    /** An integer gives a shuffled arange; an array-like a shuffled copy along its first axis. */
    private static Object permutation(Object x, RangePermutation range, ArrayShuffle arrays,
            Supplier<RuntimeException> zeroDim) {
        Long n = x instanceof Double ? null : Subscripts.asIndex(x);
        if (n != null) {
            return range.permutation(n);
        }
        NdArray arr = NumpyArgs.array(x);
        if (arr.ndim() == 0) {
            throw zeroDim.get();
        }
        boolean fresh = !(x instanceof NdArray a) || !MemorySharing.mayShareMemory(arr, a, null);
        NdArray out = fresh && arr.ndim() == 1 ? arr : Copies.copy(arr, 'C', ViewOrigin.copy("permutation",
                "permutation shuffles a copy, never its argument"));
        arrays.shuffle(out);
        return out;
    }

    /**
     * {@code p=}: a sequence or array as float64, its tolerance {@code sqrt(eps)} of float64, or of float32 for a
     * float32 array. Weighted draws without replacement (NumPy's loop over np.unique) are not modelled.
     */
    private static Weights weights(Object p, long pop, boolean replace, Weights.Messages messages, Args args) {
        if (!replace) {
            throw new UnsupportedFeature("the argument 'p' of " + args.function() + " with replace=False");
        }
        if (!(p instanceof PyList || p instanceof PyTuple || p instanceof NdArray)) {
            throw new UnsupportedFeature("the argument 'p' of " + args.function() + " as " + Types.shortName(p));
        }
        NdArray arr = NumpyArgs.array(p);
        if (arr.ndim() == 0 || arr.dtype() instanceof DType.Complex) {
            throw new UnsupportedFeature("the argument 'p' of " + args.function() + " as a 0-d or complex array");
        }
        boolean single = p instanceof NdArray && arr.dtype().equals(DType.FLOAT32);
        double atol = single ? (float) Math.sqrt(Math.ulp(1.0f)) : Math.sqrt(Math.ulp(1.0));
        NdArray doubles = Copies.copyAs(arr, DType.FLOAT64, 'C', ViewOrigin.copy("p", "choice reads p as float64"));
        double[] values = new double[Math.toIntExact(doubles.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = Elements.readDouble(DType.FLOAT64, doubles.buffer(), 8L * i);
        }
        return Weights.of(values, arr.ndim(), pop, atol, messages);
    }

    /** What choice draws from: {@code range(n)} for an integer, else the rows of an array. */
    private record Population(long size, NdArray array) {
        static Population of(Object a, String notIntegerMessage, boolean legacy) {
            if (a instanceof Double d) {
                throw PyException.valueError(legacy ? notIntegerMessage : notIntegerMessage + "<class 'float'>");
            }
            Long n = Subscripts.asIndex(a);
            if (n != null) {
                return new Population(n, null);
            }
            NdArray arr = NumpyArgs.array(a);
            if (arr.ndim() == 0) {
                throw new UnsupportedFeature("np.random choice from a 0-d array");
            }
            if (legacy && arr.ndim() != 1) {
                throw PyException.valueError("a must be 1-dimensional");
            }
            return new Population(arr.dim(0), arr);
        }

        void check(long[] shape, String notPositive, String empty) {
            boolean draws = shape == null || Shapes.size(shape) != 0;
            if (array == null && size <= 0 && draws) {
                throw PyException.valueError(notPositive);
            }
            if (array != null && size == 0 && draws) {
                throw PyException.valueError(empty);
            }
            if (shape != null && shape.length == 0 && array != null) {
                throw new UnsupportedFeature("np.random choice with size=() from an array");
            }
        }

        /** The drawn indices, or the items at them; one draw ({@code size=None}) is a Python int index. */
        Object pick(NdArray idx, boolean one) {
            if (one) {
                long i = Elements.readLong(DType.INT64, idx.buffer(), idx.offset());
                return array == null ? BigInteger.valueOf(i) : NumpyFunctions.take(array, BigInteger.valueOf(i), Ints.of(0));
            }
            return array == null ? idx : NumpyFunctions.take(array, idx, Ints.of(0));
        }
    }
}
