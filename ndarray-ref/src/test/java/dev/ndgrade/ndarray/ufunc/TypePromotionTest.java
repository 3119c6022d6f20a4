package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code np.promote_types} and {@code np.can_cast} for every pair of dtypes, against NumPy's own tables. */
class TypePromotionTest {

    @Test
    void promote_types_and_can_cast_match_numpy_for_every_pair_of_dtypes() {
        List<Golden.Case> cases = Golden.read("casting.txt");
        List<String> failures = new ArrayList<>();
        for (Golden.Case c : cases) {
            DType a = Golden.dtype(c.field(1));
            DType b = Golden.dtype(c.field(2));
            String got = switch (c.field(0)) {
                case "promote_types" -> TypePromotion.promoteTypes(a, b).name();
                case "can_cast" -> (TypePromotion.canCast(a, b, Casting.SAFE) ? "1" : "0") + "\t"
                        + (TypePromotion.canCast(a, b, Casting.SAME_KIND) ? "1" : "0");
                default -> throw new IllegalArgumentException(c.toString());
            };
            String want = c.field(0).equals("can_cast") ? c.field(3) + "\t" + c.field(4) : c.field(3);
            if (!got.equals(want)) {
                failures.add(c + "\n    got " + got);
            }
        }
        assertEquals(13 * 13 * 2, cases.size());
        Golden.assertNoFailures(failures, cases.size());
    }
}
