package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Scalar;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** NumPy scalars and dtypes print as in {@code golden/print/scalars.jsonl} and {@code dtypes.jsonl}. */
class ScalarPrinterGoldenTest {

    @TestFactory
    Stream<DynamicTest> scalar_repr_and_str_match_numpy() {
        return GoldenFiles.jsonLines("scalars.jsonl").stream().map(c -> {
            DType type = GoldenFiles.dtype(c);
            Scalar s = GoldenFiles.scalar(type, c.get("value"));
            return DynamicTest.dynamicTest(c.get("repr").asText(), () -> assertAll(
                    () -> assertEquals(c.get("repr").asText(), ScalarPrinter.repr(s), "repr"),
                    () -> assertEquals(c.get("str").asText(), ScalarPrinter.str(s), "str")));
        });
    }

    @Test
    void every_dtype_prints_its_repr_and_str_as_numpy_does() {
        assertAll(GoldenFiles.jsonLines("dtypes.jsonl").stream().map(c -> () -> {
            DType t = GoldenFiles.dtype(c);
            assertEquals(c.get("repr").asText(), DTypePrinter.repr(t));
            assertEquals(c.get("str").asText(), DTypePrinter.str(t));
        }));
    }
}
