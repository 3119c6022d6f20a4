package dev.ndgrade.ndarray.print;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PyFloatFormat} against CPython's {@code repr(float)} on 200,000 doubles and NumPy's {@code str(np.float32)}
 * on 50,000 float32s. Both sides draw the values from the same SplitMix64 stream; the golden file holds a digest per
 * chunk of 1,000 texts, and the first chunk verbatim for readable failures.
 */
class PyFloatFormatGoldenTest {
    private static final int CHUNK = 1000;
    private static final Map<String, List<String>> GOLDEN = new HashMap<>();
    private static final long SEED;

    static {
        List<String> lines = GoldenFiles.lines("python_float_repr.txt");
        SEED = Long.parseLong(lines.get(0).split(" ")[2].replace(":", ""));
        for (String line : lines.subList(1, lines.size())) {
            int space = line.indexOf(' ');
            GOLDEN.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(line.substring(space + 1));
        }
    }

    @Test
    void repr_of_200000_random_doubles_is_pythons_repr() {
        FloatStream stream = new FloatStream(SEED);
        checkStream("double", i -> PyFloatFormat.repr(stream.nextDouble(i)));
    }

    @Test
    void float32_text_of_50000_random_bit_patterns_is_numpys_str() {
        FloatStream stream = new FloatStream(SEED + 1);
        checkStream("float32", i -> PyFloatFormat.reprFloat32(stream.nextFloat32()));
    }

    private static void checkStream(String name, IntFunction<String> text) {
        int count = Integer.parseInt(GOLDEN.get(name + "-count").get(0));
        List<String> digests = GOLDEN.get(name + "-chunk");
        List<String> firstChunk = GOLDEN.get(name + "-text");
        List<Integer> failedChunks = new ArrayList<>();
        for (int chunk = 0; chunk * CHUNK < count; chunk++) {
            List<String> texts = new ArrayList<>(CHUNK);
            for (int i = chunk * CHUNK; i < Math.min(count, (chunk + 1) * CHUNK); i++) {
                texts.add(text.apply(i));
            }
            if (chunk == 0) {
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(firstChunk.get(i).substring(firstChunk.get(i).indexOf(' ') + 1), texts.get(i),
                            name + " #" + i);
                }
            }
            if (!digests.get(chunk).endsWith(" " + sha256Prefix(String.join("\n", texts)))) {
                failedChunks.add(chunk);
            }
        }
        assertEquals(count / CHUNK, digests.size(), "chunks in the golden file");
        assertTrue(failedChunks.isEmpty(), name + " chunks whose texts differ from Python's: " + failedChunks);
    }

    private static String sha256Prefix(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", d[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
