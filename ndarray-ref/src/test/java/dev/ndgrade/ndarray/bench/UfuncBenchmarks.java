package dev.ndgrade.ndarray.bench;

import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ufunc.Operand;
import dev.ndgrade.ndarray.ufunc.UfuncKind;
import dev.ndgrade.ndarray.ufunc.Ufuncs;
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

/** Elementwise arithmetic on the reference, compared with NumPy by {@code bench_vs_numpy.py}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class UfuncBenchmarks {
    private Operand x;
    private Operand y;

    @Setup(Level.Trial)
    public void setUp() {
        NdArray a = Creation.arange(0.0, 10_000_000.0, 1.0, DType.FLOAT64);
        x = Operand.of(a);
        y = Operand.of(Creation.arange(0.0, 10_000_000.0, 1.0, DType.FLOAT64));
    }

    /** {@code x + y} on two contiguous 10^7-element float64 arrays. */
    @Benchmark
    public Object addFloat64() {
        return Ufuncs.call(UfuncKind.ADD, x, y);
    }
}
