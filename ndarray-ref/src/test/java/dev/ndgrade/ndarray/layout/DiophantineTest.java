package dev.ndgrade.ndarray.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiophantineTest {

    /** Replays NumPy's test hook {@code _multiarray_tests.solve_diophantine}, solution vector included. */
    @Test
    void everyGoldenEquationGetsNumPysSolutionOrVerdict() {
        for (String line : Golden.lines("diophantine.txt")) {
            String[] f = line.split(" ");
            long[] a = Golden.tuple(f[0]);
            long[] ub = Golden.tuple(f[1]);
            long b = Long.parseLong(f[2]);
            long maxWork = Long.parseLong(f[3]);
            boolean simplify = f[4].equals("1");
            boolean nontrivial = f[5].equals("1");
            String expected = line.substring(line.indexOf(" -> ") + 4);
            assertEquals(expected, solve(a, ub, b, maxWork, simplify, nontrivial), line);
        }
    }

    private static String solve(long[] a, long[] ub, long b, long maxWork, boolean simplify, boolean nontrivial) {
        int n = a.length;
        if (simplify && !nontrivial) {
            n = Diophantine.simplify(n, a, ub, b);
            if (n < 0) {
                return "O";
            }
        }
        long[] x = new long[n];
        OverlapResult result;
        try {
            result = Diophantine.solve(n, a, ub, b, maxWork, nontrivial, x);
        } catch (LayoutException e) {
            return "E";
        }
        switch (result) {
            case YES:
                return "S " + Arrays.toString(x).replace(" ", "").replace('[', '(').replace(']', ')');
            case NO:
                return "N";
            case TOO_HARD:
                return "H";
            case OVERFLOW:
                return "O";
            default:
                throw new IllegalStateException();
        }
    }
}
