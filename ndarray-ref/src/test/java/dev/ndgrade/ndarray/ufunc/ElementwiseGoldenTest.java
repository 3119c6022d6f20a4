package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Unreproducible;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

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

    @Test
    void numpy_functions_skip_the_operators_shortcuts_and_scalar_rules() {
        replay("functions.txt", true);
    }

    static void replay(String file) {
        replay(file, false);
    }

    static void replay(String file, boolean functions) {
        replay(file, functions, f -> f == UfuncKind.POWER);
    }

    /**
     * Replays {@code file}; a case of a ufunc in {@code mayRefuse} may instead be refused as unreproducible, but not
     * every one of them.
     */
    static void replay(String file, boolean functions, Predicate<UfuncKind> mayRefuse) {
        List<Golden.Case> cases = Golden.read(file);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int refused = 0;
        int refusable = 0;
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
            Operand[] args = in.toArray(new Operand[0]);
            Supplier<Object> call = () -> functions ? Ufuncs.callFunction(f, args) : Ufuncs.call(f, args);
            if (mayRefuse.test(f)) {
                refusable++;
                if (isRefused(call)) {
                    refused++;
                    continue;
                }
            }
            String diff = Golden.check(expected, call, tolerance(f, in));
            if (diff != null) {
                failures.add(c + "\n    " + diff);
            }
        }
        assertTrue(checked > 0, "no cases in " + file);
        assertTrue(refused < refusable || refusable == 0, "every refusable case of " + file + " was refused");
        Golden.assertNoFailures(failures, checked);
    }

    /**
     * Whether the reference refuses the case as unreproducible: a float power whose rounding only NumPy's SVML pow
     * decides (see PowerRounding). What it does answer must be NumPy's.
     */
    static boolean isRefused(Supplier<Object> call) {
        try {
            call.get();
            return false;
        } catch (Unreproducible refusal) {
            return true;
        } catch (RuntimeException other) {
            return false; // NumPy's own errors are checked against the golden
        }
    }

    /** Complex powers may differ from glibc's cpow in the last bits; everything else is bit-exact. */
    static Golden.Tolerance tolerance(UfuncKind f, List<Operand> in) {
        boolean complex = in.stream().anyMatch(o -> o instanceof Operand.PyComplex
                || (o instanceof Operand.Array a && a.array().dtype() instanceof DType.Complex)
                || (o instanceof Operand.NumpyScalar s && s.value().dtype() instanceof DType.Complex));
        if (f == UfuncKind.POWER && complex) {
            return Golden.Tolerance.RELATIVE;
        }
        return Golden.Tolerance.EXACT;
    }
}
