package dev.ndgrade.ndarray.bench;

import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Index;
import dev.ndgrade.ndarray.Indexing;
import dev.ndgrade.ndarray.MemorySharing;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.StrideTricks;
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
 * The hard {@code shares_memory} case from NumPy's own docstring: two as_strided views of a 192 MB buffer whose
 * overlap question needs a long search; with max_work = 10^6 both NumPy and the reference give up (TooHardError).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class OverlapBenchmarks {
    private NdArray x1;
    private NdArray x2;

    @Setup(Level.Trial)
    public void setUp() {
        NdArray x = Creation.zeros(new long[] {192_163_377L}, DType.INT8, 'C');
        x1 = StrideTricks.asStrided(x, new long[] {1049, 1049, 1049}, new long[] {36674, 61119, 85569}, true);
        NdArray tail = (NdArray) Indexing.get(x, List.of(Index.slice(64_023_025L, null, null)));
        x2 = StrideTricks.asStrided(tail, new long[] {1049, 1049, 1}, new long[] {12223, 12224, 1}, true);
    }

    /** {@code np.shares_memory(x1, x2, max_work=10**6)}, which raises TooHardError after the search. */
    @Benchmark
    public boolean sharesMemoryHard() {
        try {
            return MemorySharing.sharesMemory(x1, x2, 1_000_000L);
        } catch (NumpyException tooHard) {
            return false;
        }
    }
}
