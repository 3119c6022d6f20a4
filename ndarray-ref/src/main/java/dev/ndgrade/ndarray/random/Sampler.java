package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import java.util.function.LongBinaryOperator;

/**
 * What NumPy's {@code Generator} and its legacy {@code RandomState} draw alike once each has its own Gaussian and
 * uniform range: normal, uniform, shuffle, permutation, weighted choice. Once a draw was irreproducible, every later
 * one is refused: NumPy's generator went on from a state this one lost.
 */
public abstract sealed class Sampler permits Generator, RandomState {
    final BitGenerator bits;
    IrreproducibleDraw lost;

    Sampler(BitGenerator bits) {
        this.bits = bits;
    }

    public abstract double standardNormal();

    /** {@code high - low}, checked as this API checks it. */
    abstract double uniformRange(double low, double high);

    /** The function as NumPy's messages name it ({@code rng.normal}, {@code np.random.normal}). */
    abstract String named(String function);

    public NdArray standardNormal(long[] shape) {
        live();
        return Draws.doubles(shape, this::standardNormal, named("standard_normal"));
    }

    public double normal(double loc, double scale) {
        live();
        Distributions.requireNonNegative(scale, "scale");
        return loc + scale * standardNormal();
    }

    public NdArray normal(double loc, double scale, long[] shape) {
        live();
        Distributions.requireNonNegative(scale, "scale");
        return Draws.doubles(shape, () -> loc + scale * standardNormal(), named("normal"));
    }

    public double uniform(double low, double high) {
        live();
        double range = uniformRange(low, high);
        return low + range * bits.nextDouble();
    }

    public NdArray uniform(double low, double high, long[] shape) {
        live();
        double range = uniformRange(low, high);
        return Draws.doubles(shape, () -> low + range * bits.nextDouble(), named("uniform"));
    }

    /** {@code shuffle(x)}: x's items along axis 0, in place. */
    public void shuffle(NdArray x) {
        live();
        Shuffle.rows(bits, x);
    }

    /** Runs the swaps of a shuffle of n items of a sequence that is not an array (a list). */
    public void shuffle(long n, LongBinaryOperator swap) {
        live();
        Shuffle.swaps(bits, n, swap);
    }

    /** {@code permutation(n)}: a shuffled {@code np.arange(n)}. */
    public NdArray permutation(long n) {
        live();
        NdArray arr = Creation.arange(0, n, 1, DType.INT64);
        shuffle(arr);
        return arr;
    }

    /** {@code choice(..., p=weights)} with replacement: one uniform draw per index. */
    public NdArray choiceIndices(Weights weights, long[] shape) {
        live();
        return Draws.integers(shape, DType.INT64, () -> weights.index(bits.nextDouble()), named("choice"));
    }

    /** Refuses every draw once one was irreproducible. */
    final void live() {
        if (lost != null) {
            throw lost;
        }
    }
}
