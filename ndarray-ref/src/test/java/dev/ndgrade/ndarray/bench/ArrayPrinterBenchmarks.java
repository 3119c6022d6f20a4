package dev.ndgrade.ndarray.bench;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.print.ArrayPrinter;
import java.util.SplittableRandom;
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
 * Float printing generates digits with big-integer arithmetic (own Dragon4); the interpreter prints arrays on
 * almost every statement, so this must stay cheap. Target: well under 10 ms per repr once warm.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ArrayPrinterBenchmarks {
    private NdArray scientific;

    @Setup(Level.Trial)
    public void setUp() {
        scientific = NdArray.allocate(DType.FLOAT64, new long[] {1000}, 'C', ViewOrigin.fresh("benchmark"));
        SplittableRandom random = new SplittableRandom(7);
        for (long off : scientific.offsetsInCOrder()) {
            // magnitudes 1e-12..1e20 force scientific notation, the costlier path (two digit passes per value)
            Elements.writeDouble(DType.FLOAT64, scientific.buffer(), off, Math.pow(10, random.nextDouble(-12, 20)));
        }
    }

    /** {@code repr(a)} of 1000 float64 values printed in scientific notation. */
    @Benchmark
    public String reprScientificFloats() {
        return ArrayPrinter.repr(scientific);
    }
}
