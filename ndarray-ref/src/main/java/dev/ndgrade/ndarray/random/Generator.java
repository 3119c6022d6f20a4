package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import java.math.BigInteger;
import java.util.function.LongUnaryOperator;

/**
 * NumPy's {@code Generator} (_generator.pyx) over a PCG64: what {@code np.random.default_rng(seed)} returns. A null
 * shape is NumPy's {@code size=None}: one value, which the caller boxes as NumPy does.
 */
public final class Generator extends Sampler {

    public Generator(BitGenerator bits) {
        super(bits);
    }

    /** {@code default_rng(seed)}. */
    public static Generator defaultRng(SeedSequence seed) {
        return new Generator(new Pcg64(seed));
    }

    public double random() {
        live();
        return bits.nextDouble();
    }

    public NdArray random(long[] shape) {
        live();
        return Draws.doubles(shape, bits::nextDouble, "rng.random");
    }

    /** {@code random(dtype=np.float32)}: 24 bits of a 32-bit draw. */
    public double randomFloat32() {
        live();
        return nextFloat();
    }

    public NdArray randomFloat32(long[] shape) {
        live();
        return Draws.floats(shape, DType.FLOAT32, this::nextFloat, "rng.random");
    }

    private float nextFloat() {
        return (bits.nextUint32() >>> 8) * (1.0f / 16777216.0f);
    }

    /** {@code integers(low, high, size=shape, dtype, endpoint)}: Lemire's method, 32-bit draws for small ranges. */
    public NdArray integers(BigInteger low, BigInteger high, boolean endpoint, DType dtype, long[] shape) {
        live();
        if (Draws.count(shape) == 0) {
            return Draws.integers(shape, dtype, new long[0], "rng.integers");
        }
        IntegerRange r = IntegerRange.of(low, high, endpoint, dtype);
        LongUnaryOperator draw = BoundedIntegers.fill(bits, dtype, false);
        return Draws.integers(shape, dtype, () -> r.off() + draw.applyAsLong(r.rng()), "rng.integers");
    }

    /** One integer, as the dtype's bits. */
    public long integer(BigInteger low, BigInteger high, boolean endpoint, DType dtype) {
        live();
        IntegerRange r = IntegerRange.of(low, high, endpoint, dtype);
        return r.off() + BoundedIntegers.fill(bits, dtype, false).applyAsLong(r.rng());
    }

    @Override
    public double standardNormal() {
        live();
        try {
            return Ziggurat.standardNormal(bits);
        } catch (IrreproducibleDraw e) {
            lost = e;
            throw e;
        }
    }

    /**
     * The indices {@code choice} takes from a population of {@code pop} items ({@code a.take(idx)}, or the result
     * itself when a is an integer): uniform draws with replacement, else Floyd's algorithm or a tail shuffle.
     */
    public NdArray choiceIndices(long pop, long[] shape, boolean replace, boolean shuffle) {
        live();
        if (replace) {
            return integers(BigInteger.ZERO, BigInteger.valueOf(pop), false, DType.INT64, shape);
        }
        long size = Draws.count(shape);
        if (size > pop) {
            throw NumpyException.valueError("Cannot take a larger sample than population when replace is False");
        }
        long[] idx = Sampling.withoutReplacement(bits, pop, Math.toIntExact(size), shuffle);
        return Draws.integers(shape, DType.INT64, idx, "rng.choice");
    }

    @Override
    double uniformRange(double low, double high) {
        return Distributions.uniformRange(low, high);
    }

    @Override
    String named(String function) {
        return "rng." + function;
    }
}
