package dev.ndgrade.ndarray.bench;

import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Index;
import dev.ndgrade.ndarray.Indexing;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.ViewOrigin;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The copies NumPy users pay for, timed on the reference; {@code bench_vs_numpy.py} times the same operations in
 * NumPy in the same run and prints the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class CopyBenchmarks {
    private static final ViewOrigin COPY = ViewOrigin.copy("benchmark", "");

    private NdArray big;
    private NdArray everyOther;
    private NdArray squareT;

    @Setup(Level.Trial)
    public void setUp() {
        big = Creation.arange(0L, 100_000_000L, 1L, DType.INT64);
        everyOther = (NdArray) Indexing.get(big, List.of(Index.slice(null, null, 2L)));
        NdArray square = Reshaping.reshape(Creation.arange(0.0, 4096.0 * 4096.0, 1.0, DType.FLOAT64), new long[] {4096, 4096});
        squareT = Axes.transpose(square, null);
    }

    /** {@code a.copy()} of 10^8 int64 (800 MB). */
    @Benchmark
    public NdArray contiguousCopy() {
        return Copies.copy(big, 'C', COPY);
    }

    /** {@code a[::2].copy()} of 10^8 int64. */
    @Benchmark
    public NdArray stridedCopy() {
        return Copies.copy(everyOther, 'C', COPY);
    }

    /** {@code a.T.copy()} of a 4096×4096 float64. */
    @Benchmark
    public NdArray transposeCopy() {
        return Copies.copy(squareT, 'C', COPY);
    }
}
