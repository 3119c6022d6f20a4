package dev.ndgrade.ndarray.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.ViewOrigin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden files of {@code make_print_golden.py} and rebuilds their arrays and scalars. */
final class GoldenFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIR = "/golden/print/";

    private GoldenFiles() {
    }

    /** The JSON objects of a {@code .jsonl} golden file, one per line. */
    static List<JsonNode> jsonLines(String name) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines(name)) {
            try {
                out.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("bad JSON line in " + name + ": " + line, e);
            }
        }
        return out;
    }

    static List<String> lines(String name) {
        InputStream in = GoldenFiles.class.getResourceAsStream(DIR + name);
        InputStream gz = in == null ? GoldenFiles.class.getResourceAsStream(DIR + name + ".gz") : null;
        if (in == null && gz == null) {
            throw new IllegalStateException("missing golden file " + DIR + name + "; run make_print_golden.py");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                gz != null ? new java.util.zip.GZIPInputStream(gz) : in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DType dtype(JsonNode c) {
        String name = c.get("dtype").asText();
        return DType.byName(name).orElseThrow(() -> new IllegalArgumentException("unknown dtype " + name));
    }

    /** The case's array: its C-contiguous base filled with the tiled values, or the described view of it. */
    static NdArray array(JsonNode c) {
        DType type = dtype(c);
        NdArray base = NdArray.allocate(type, longs(c.get("base_shape")), 'C', ViewOrigin.fresh("golden case"));
        JsonNode values = c.get("values");
        Scalar[] pattern = new Scalar[values.size()];
        for (int k = 0; k < pattern.length; k++) {
            pattern[k] = scalar(type, values.get(k));
        }
        long[] offsets = base.offsetsInCOrder();
        for (int k = 0; k < offsets.length; k++) {
            Elements.write(type, base.buffer(), offsets[k], pattern[k % pattern.length]);
        }
        JsonNode view = c.get("view");
        if (view == null) {
            return base;
        }
        NdArray v = base.view(base.offset() + view.get("offset").asLong(), longs(view.get("shape")),
                longs(view.get("strides")), type, ViewOrigin.view("golden view", ""));
        if (c.path("readonly").asBoolean(false)) {
            v.setWriteable(false);
        }
        return v;
    }

    /** A golden value as a scalar of {@code type}: exact for every dtype (uint64 as raw bits, float32 exact). */
    static Scalar scalar(DType type, JsonNode v) {
        if (type instanceof DType.Bool) {
            return Scalar.of(v.asBoolean());
        } else if (type instanceof DType.Int i) {
            return Scalar.ofInt(i, v.bigIntegerValue().longValue());
        } else if (type instanceof DType.Float f) {
            return Scalar.ofFloat(f, number(v.asText()));
        } else if (type instanceof DType.Complex c) {
            return Scalar.ofComplex(c, number(v.get(0).asText()), number(v.get(1).asText()));
        }
        throw new IllegalArgumentException("unsupported dtype " + type);
    }

    /** Python's float repr read back ({@code nan}, {@code inf}, {@code -inf} included). */
    static double number(String pythonRepr) {
        switch (pythonRepr) {
            case "nan":
                return Double.NaN;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(pythonRepr);
        }
    }

    private static long[] longs(JsonNode list) {
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).asLong();
        }
        return out;
    }
}
