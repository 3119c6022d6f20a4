package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import java.math.BigInteger;
import java.util.function.LongUnaryOperator;

/**
 * NumPy's legacy {@code RandomState} (mtrand.pyx) over MT19937, what the {@code np.random.rand}-style functions
 * draw from: masked rejection for integers, 53-bit doubles from two 32-bit draws, and the polar Gaussian, whose
 * second value is kept for the next call.
 */
public final class RandomState extends Sampler {
    private boolean hasGauss;
    private double gauss;

    private RandomState(Mt19937 bits) {
        super(bits);
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
    @Override
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

    @Override
    double uniformRange(double low, double high) {
        return Distributions.legacyUniformRange(low, high);
    }

    @Override
    String named(String function) {
        return "np.random." + function;
    }
}
