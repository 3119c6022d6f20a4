package dev.ndgrade.ndarray.bench;

import dev.ndgrade.python.syntax.Module;
import dev.ndgrade.python.syntax.PythonParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing cost of the grammar port: graders parse thousands of small answer snippets per batch, and the
 * PEG parser must not backtrack exponentially on nested brackets. Target: a thousand small files in well
 * under a second (0.05 to 0.15 ms each on the shared 2-core machine).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmarks {
    public static final String SMALL_SNIPPET = """
            arr = np.arange(10)
            s = arr[2:5]; t = s.reshape(3, 1)
            s.base is arr
            arr[[1, 2]] += 1
            print(arr.flags['OWNDATA'], live_bytes())
            """;

    public static final String DEEPLY_NESTED =
            "(".repeat(199) + "x" + ")".repeat(199) + " = [" + "[".repeat(198) + "1" + "]".repeat(199);

    /** One small snippet file, the typical unit of a grading batch. */
    @Benchmark
    public Module smallSnippet() {
        return PythonParser.parseModule(SMALL_SNIPPET, "snippet.py");
    }

    /** 199 nested parentheses and 199 nested lists: linear with memoisation, exponential without. */
    @Benchmark
    public Module deeplyNestedBrackets() {
        return PythonParser.parseModule(DEEPLY_NESTED, "deep.py");
    }
}
