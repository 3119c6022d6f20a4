package dev.ndgrade.ndarray.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden files written by {@code src/test/python/make_layout_golden.py} from real NumPy. */
final class Golden {
    private Golden() {
    }

    static List<String> lines(String name) {
        String path = "/golden/layout/" + name;
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty()) {
                throw new IllegalStateException("empty golden file " + path);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "(2,3)" to {2, 3}; "()" to {}. */
    static long[] tuple(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            throw new IllegalArgumentException("not a tuple: " + text);
        }
        String inner = text.substring(1, text.length() - 1);
        if (inner.isEmpty()) {
            return new long[0];
        }
        String[] parts = inner.split(",");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Long.parseLong(parts[i]);
        }
        return values;
    }

    static MemoryOrder order(String letter) {
        return MemoryOrder.valueOf(letter);
    }

    /** What a call printed in NumPy: the result text, or "E Type: message" for the exception it raised. */
    static String errorText(LayoutException e) {
        return "E " + e.pyType() + ": " + e.getMessage();
    }
}
