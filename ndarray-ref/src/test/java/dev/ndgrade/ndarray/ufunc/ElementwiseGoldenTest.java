package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays NumPy's own answers for every operator × dtype × operand kind, edge values and result layouts. */
class ElementwiseGoldenTest {

    @Test
    void every_operator_on_every_pair_of_operand_kinds_promotes_and_computes_as_numpy() {
        replay("promotion.txt");
    }

    @Test
    void random_and_edge_values_give_numpys_bits() {
        replay("elementwise.txt");
    }

    @Test
    void results_are_laid_out_like_numpys_order_k() {
        replay("layout.txt");
    }

    static void replay(String file) {
        List<Golden.Case> cases = Golden.read(file);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Golden.Case c : cases) {
            String expected = c.field(3);
            if (expected.startsWith("P:")) {
                continue; // Python's own operator answered, not NumPy
            }
            checked++;
            UfuncKind f = UfuncKinds.byName(c.field(0));
            Golden.Operands ops = new Golden.Operands();
            List<Operand> in = new ArrayList<>();
            in.add(ops.operand(c.field(1)));
            if (!c.field(2).equals("-")) {
                in.add(ops.operand(c.field(2)));
            }
            String diff = Golden.check(expected, () -> Ufuncs.call(f, in.toArray(new Operand[0])), tolerance(f, in));
            if (diff != null) {
                failures.add(c + "\n    " + diff);
            }
        }
        assertTrue(checked > 0, "no cases in " + file);
        Golden.assertNoFailures(failures, checked);
    }

    /** Transcendental results may differ from NumPy's SIMD library in the last bits; everything else is exact. */
    static Golden.Tolerance tolerance(UfuncKind f, List<Operand> in) {
        boolean complex = in.stream().anyMatch(o -> o instanceof Operand.PyComplex
                || (o instanceof Operand.Array a && a.array().dtype() instanceof DType.Complex)
                || (o instanceof Operand.NumpyScalar s && s.value().dtype() instanceof DType.Complex));
        if (f == UfuncKind.POWER) {
            return complex ? Golden.Tolerance.RELATIVE : Golden.Tolerance.ULPS;
        }
        return f == UfuncKind.ABSOLUTE && complex ? Golden.Tolerance.ULPS : Golden.Tolerance.EXACT;
    }
}
