package dev.ndgrade.python.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NumPy 2.4's public top-level names, so that a real NumPy function the subset does not run ({@code np.sin}) is
 * reported as unsupported, while a name NumPy does not have ({@code np.flatten}) gets NumPy's AttributeError.
 */
final class NumpyNames {
    private static final Set<String> NAMES = load();

    private NumpyNames() {
    }

    static boolean exists(String name) {
        return NAMES.contains(name);
    }

    private static Set<String> load() {
        try (InputStream in = NumpyNames.class.getResourceAsStream("numpy-2.4-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("numpy-2.4-names.txt is missing from the classpath");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
