package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays sum/prod/mean/min/max/any/all over every dtype, several layouts, every axis and axis tuple, keepdims and
 * dtype= against NumPy's answers.
 */
class ReductionGoldenTest {

    @Test
    void reductions_match_numpy_in_dtype_value_layout_and_error() {
        List<Golden.Case> cases = Golden.read("reductions.txt");
        List<String> failures = new ArrayList<>();
        for (Golden.Case c : cases) {
            Reduction r = Reduction.valueOf(c.field(0).toUpperCase(java.util.Locale.ROOT));
            Axes axes = axes(c.field(1));
            DType dtype = c.field(2).equals("-") ? null : Golden.dtype(c.field(2));
            boolean keepdims = c.field(3).equals("1");
            NdArray a = new Golden.Operands().view(c.field(4));
            String diff = Golden.check(c.field(5), () -> Ufuncs.reduce(r, a, axes, dtype, keepdims), Golden.Tolerance.EXACT);
            if (diff != null) {
                failures.add(c + "\n    " + diff);
            }
        }
        assertTrue(cases.size() > 1000, "too few reduction cases: " + cases.size());
        Golden.assertNoFailures(failures, cases.size());
    }

    /** {@code None}, an int, or a Python tuple such as {@code (0,2)}, {@code (1,)}, {@code ()}. */
    private static Axes axes(String s) {
        if (s.equals("None")) {
            return Axes.all();
        }
        if (!s.startsWith("(")) {
            return Axes.one(Long.parseLong(s));
        }
        String inner = s.substring(1, s.length() - 1);
        return Axes.tuple(Arrays.stream(inner.split(",")).filter(x -> !x.isEmpty()).mapToLong(Long::parseLong).toArray());
    }
}
