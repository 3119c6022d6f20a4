package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code np.dtype(text)} makes of a string, as {@code make_inventory.py} recorded it from real NumPy for every
 * name NumPy knows and their look-alikes: a supported dtype, NumPy's TypeError, or a real dtype outside the subset
 * ({@code 'U5'}, {@code '>f8'}, {@code 'float16'}), which is unsupported.
 */
final class DTypeNames {
    private static final String RESOURCE = "dtype-names.tsv";

    /** NumPy's answer for one name: its dtype's type string, or the message of the TypeError it raises. */
    private record Known(String typeString, String error) {
    }

    private static final Map<String, Known> KNOWN = load();

    private DTypeNames() {
    }

    /** The dtype a string names, NumPy's TypeError, or unsupported for a real dtype outside the subset. */
    static DType parse(String text) {
        Known known = KNOWN.get(text);
        if (known == null) {
            return DTypeSpecs.parse(text); // the table holds every word NumPy takes; codes with sizes and orders it cannot all hold
        }
        if (!known.error().isEmpty()) {
            throw PyException.typeError(known.error());
        }
        return DType.ALL.stream().filter(t -> t.typeString().equals(known.typeString())).findFirst()
                .orElseThrow(() -> DTypeSpecs.lacking(text)
                        .orElseGet(() -> new UnsupportedFeature("dtype " + Repr.quote(text) + " (" + known.typeString() + ")")));
    }

    private static Map<String, Known> load() {
        try (InputStream in = DTypeNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Known> out = new HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1))
                        .forEach(cols -> out.put(cols[0], new Known(cols[1], cols[2])));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
