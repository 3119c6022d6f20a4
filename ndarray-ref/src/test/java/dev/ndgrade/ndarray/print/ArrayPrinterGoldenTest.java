package dev.ndgrade.ndarray.print;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ndgrade.ndarray.NdArray;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every array of {@code golden/print/arrays.jsonl} prints exactly as NumPy 2.4 printed it. */
class ArrayPrinterGoldenTest {

    @TestFactory
    Stream<DynamicTest> repr_str_and_flags_match_numpy_for_every_golden_array() {
        return GoldenFiles.jsonLines("arrays.jsonl").stream().map(c -> DynamicTest.dynamicTest(
                "case " + c.get("id").asInt() + " (" + c.get("family").asText() + ", " + c.get("dtype").asText() + ")",
                () -> check(c)));
    }

    private static void check(JsonNode c) {
        NdArray a = GoldenFiles.array(c);
        assertAll(
                () -> assertEquals(c.get("repr").asText(), ArrayPrinter.repr(a), "repr"),
                () -> assertEquals(c.get("str").asText(), ArrayPrinter.str(a), "str"),
                () -> {
                    if (c.has("flags")) {
                        assertEquals(c.get("flags").asText(), FlagsPrinter.repr(a), "flags");
                    }
                });
    }
}
