package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import java.math.BigInteger;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * NumPy's legacy {@code RandomState} (mtrand.pyx) over MT19937, what the {@code np.random.rand}-style functions
 * draw from: masked rejection for integers, 53-bit doubles from two 32-bit draws, and the polar Gaussian, whose
 * second value is kept for the next call.
 */
public final class RandomState {
    private final Mt19937 bits;
    private boolean hasGauss;
    private double gauss;
    /** Set when a draw was irreproducible: NumPy's state then went on from a value this one does not have. */
    private IrreproducibleDraw lost;

    private RandomState(Mt19937 bits) {
        this.bits = bits;
    }

    /** {@code np.random.seed(seed)} with an int in [0, 2**32). */
    public static RandomState seeded(long seed) {
        return new RandomState(Mt19937.seeded(seed));
    }

    /** {@code np.random.seed([words...])}. */
    public static RandomState seeded(int[] words) {
        return new RandomState(Mt19937.seeded(words));
    }

    public double randomSample() {
        live();
        return bits.nextDouble();
    }

    public NdArray randomSample(long[] shape) {
        live();
        return Draws.doubles(shape, bits::nextDouble, "np.random.random_sample");
    }

    /** {@code randint(low, high, size=shape, dtype)}: masked rejection, high exclusive. */
    public NdArray randint(BigInteger low, BigInteger high, DType dtype, long[] shape) {
        live();
        if (Draws.count(shape) == 0) {
            return Draws.integers(shape, dtype, new long[0], "np.random.randint");
        }
        IntegerRange r = IntegerRange.of(low, high, false, dtype);
        LongUnaryOperator draw = BoundedIntegers.fill(bits, dtype, true);
        return Draws.integers(shape, dtype, () -> r.off() + draw.applyAsLong(r.rng()), "np.random.randint");
    }

    public long randint(BigInteger low, BigInteger high, DType dtype) {
        live();
        IntegerRange r = IntegerRange.of(low, high, false, dtype);
        return r.off() + BoundedIntegers.fill(bits, dtype, true).applyAsLong(r.rng());
    }

    /** {@code legacy_gauss}: Marsaglia's polar method; each accepted pair gives two values, the second cached. */
    public double standardNormal() {
        live();
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * bits.nextDouble() - 1.0;
            x2 = 2.0 * bits.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f;
        try {
            f = Math.sqrt(-2.0 * CorrectlyRoundedLog.log(r2) / r2);
        } catch (IrreproducibleDraw e) {
            lost = e;
            throw e;
        }
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    public NdArray standardNormal(long[] shape) {
        live();
        return Draws.doubles(shape, this::standardNormal, "np.random.standard_normal");
    }

    public double normal(double loc, double scale) {
        live();
        Distributions.requireNonNegative(scale, "scale");
        return loc + scale * standardNormal();
    }

    public NdArray normal(double loc, double scale, long[] shape) {
        live();
        Distributions.requireNonNegative(scale, "scale");
        return Draws.doubles(shape, () -> loc + scale * standardNormal(), "np.random.normal");
    }

    public double uniform(double low, double high) {
        live();
        double range = Distributions.legacyUniformRange(low, high);
        return low + range * bits.nextDouble();
    }

    public NdArray uniform(double low, double high, long[] shape) {
        live();
        double range = Distributions.legacyUniformRange(low, high);
        return Draws.doubles(shape, () -> low + range * bits.nextDouble(), "np.random.uniform");
    }

    public void shuffle(NdArray x) {
        live();
        Shuffle.rows(bits, x);
    }

    /** Runs the swaps of a shuffle of n items of a sequence that is not an array (a list). */
    public void shuffle(long n, LongBinaryOperator swap) {
        live();
        Shuffle.swaps(bits, n, swap);
    }

    public NdArray permutation(long n) {
        live();
        NdArray arr = Creation.arange(0, n, 1, DType.INT64);
        shuffle(arr);
        return arr;
    }

    /** The indices legacy {@code choice} takes: randint draws with replacement, else a permutation's head. */
    public NdArray choiceIndices(long pop, long[] shape, boolean replace) {
        live();
        if (replace) {
            return randint(BigInteger.ZERO, BigInteger.valueOf(pop), DType.INT64, shape);
        }
        long size = Draws.count(shape);
        if (size > pop) {
            throw NumpyException.valueError("Cannot take a larger sample than population when 'replace=False'");
        }
        NdArray perm = permutation(pop);
        long[] head = new long[Math.toIntExact(size)];
        for (int i = 0; i < head.length; i++) {
            head[i] = perm.buffer().getLong(8L * i);
        }
        return Draws.integers(shape, DType.INT64, head, "np.random.choice");
    }

    /** {@code choice(..., p=weights)} with replacement: one uniform draw per index. */
    public NdArray choiceIndices(Weights weights, long[] shape) {
        live();
        return Draws.integers(shape, DType.INT64, () -> weights.index(bits.nextDouble()), "np.random.choice");
    }

    /** Refuses every draw once one was irreproducible: NumPy's generator went on from a state this one lost. */
    private void live() {
        if (lost != null) {
            throw lost;
        }
    }
}
