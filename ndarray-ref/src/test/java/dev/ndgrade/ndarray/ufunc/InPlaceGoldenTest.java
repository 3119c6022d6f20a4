package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.NdArray;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays {@code np.<ufunc>(..., out=view)} and {@code view **= e} on views of one buffer, checking the whole buffer. */
class InPlaceGoldenTest {

    @Test
    void writes_into_out_read_inputs_as_they_were_before_the_call_like_numpy() {
        List<Golden.Case> cases = Golden.read("inplace.txt");
        List<String> failures = new ArrayList<>();
        for (Golden.Case c : cases) {
            boolean operator = c.field(0).equals("ipow"); // `out **= e`; the rest are np.<ufunc>(..., out=out)
            UfuncKind f = operator ? UfuncKind.POWER : UfuncKinds.byName(c.field(0));
            Golden.Operands ops = new Golden.Operands();
            NdArray out = ops.view(c.field(1));
            Operand[] in = ops.operands(c.field(2)).toArray(new Operand[0]);
            String diff = Golden.check(c.field(3), () -> {
                NdArray r = operator ? Ufuncs.callInto(f, out, in) : Ufuncs.callFunctionInto(f, out, in);
                assertSame(out, r, "callInto returns out itself");
                return ops.baseOf(c.field(1));
            }, Golden.Tolerance.EXACT);
            if (diff != null) {
                failures.add(c + "\n    " + diff);
            }
        }
        assertTrue(cases.size() > 100, "too few in-place cases: " + cases.size());
        Golden.assertNoFailures(failures, cases.size());
    }
}
