package dev.ndgrade.ndarray.ufunc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays sum/mean/min/max/any/all over every dtype, several layouts and every axis against NumPy's answers. */
class ReductionGoldenTest {

    @Test
    void reductions_match_numpy_in_dtype_value_layout_and_error() {
        List<Golden.Case> cases = Golden.read("reductions.txt");
        List<String> failures = new ArrayList<>();
        for (Golden.Case c : cases) {
            Reduction r = Reduction.valueOf(c.field(0).toUpperCase(java.util.Locale.ROOT));
            Integer axis = c.field(1).equals("None") ? null : Integer.valueOf(c.field(1));
            Golden.Operands ops = new Golden.Operands();
            var a = ops.view(c.field(2));
            String diff = Golden.check(c.field(3), () -> Ufuncs.reduce(r, a, axis), Golden.Tolerance.EXACT);
            if (diff != null) {
                failures.add(c + "\n    " + diff);
            }
        }
        assertTrue(cases.size() > 1000, "too few reduction cases: " + cases.size());
        Golden.assertNoFailures(failures, cases.size());
    }
}
