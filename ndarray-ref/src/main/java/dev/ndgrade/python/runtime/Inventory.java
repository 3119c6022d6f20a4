package dev.ndgrade.python.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every name CPython 3.11 and NumPy 2.4 have on the owners a snippet reaches (modules, arrays, scalars, dtypes,
 * flags, builtins, Python's types), as {@code make_inventory.py} wrote them from the real thing. It is the one
 * place that decides what a name the reference does not bind means: a real name is unsupported, never an error
 * NumPy would not raise; a name the owner does not have gets CPython's own error.
 */
public final class Inventory {
    private static final String RESOURCE = "inventory.tsv";
    private static final Map<String, Map<String, Entry>> BY_OWNER = load();

    /** What kind of thing a name is; {@code REMOVED} names raise NumPy's own AttributeError with a hint. */
    public enum Kind { MODULE, TYPE, FUNCTION, ATTRIBUTE, REMOVED }

    /**
     * One name of one owner.
     *
     * @param owner a module ({@code numpy.random}, {@code builtins}) or a type as CPython's messages name it
     *              ({@code numpy.ndarray}, {@code numpy.float64}, {@code list}); {@code numpy.dtype} stands for
     *              every dtype class
     * @param signature NumPy's or CPython's parameters, if inspect could read them
     * @param message for removed names, NumPy's AttributeError message
     * @param onSet the AttributeError CPython raises when a snippet assigns to this attribute of an instance, or
     *              empty when the assignment is allowed
     */
    public record Entry(String owner, String name, Kind kind, Optional<Signature> signature, String message, String onSet) {
        /** {@code numpy.ndarray.sort}: how messages name it. */
        public String qualifiedName() {
            return owner + "." + name;
        }
    }

    private Inventory() {
    }

    /** Every entry, owner by owner. */
    public static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        BY_OWNER.values().forEach(names -> all.addAll(names.values()));
        return all;
    }

    public static Optional<Entry> find(String owner, String name) {
        return Optional.ofNullable(BY_OWNER.getOrDefault(owner, Map.of()).get(name));
    }

    /** NumPy's or CPython's parameters of {@code owner.name}, when the inventory could read them. */
    static Optional<Signature> signature(String owner, String name) {
        return find(owner, name).flatMap(Entry::signature);
    }

    /**
     * The error for {@code owner.name}, a name the reference binds nothing to: unsupported when CPython or NumPy
     * has it (or the owner is not inventoried, so nobody can tell), NumPy's message for a removed NumPy name, else
     * {@code absent}, the error CPython raises for a name the owner does not have.
     */
    static RuntimeException missing(String owner, String name, Supplier<PyException> absent) {
        Map<String, Entry> names = BY_OWNER.get(owner);
        Entry e = names == null ? null : names.get(name);
        if (e != null && e.kind() == Kind.REMOVED) {
            return new PyException("AttributeError", e.message());
        }
        if (names == null || e != null) {
            return new UnsupportedFeature(owner + "." + name);
        }
        return absent.get();
    }

    /** {@link #missing} for an attribute of an instance, with CPython's "object has no attribute" message. */
    static RuntimeException missingAttribute(String owner, String typeName, String name) {
        return missing(owner, name, () -> PyException.attributeError(typeName, name));
    }

    /**
     * The error for {@code owner.name = value}, an assignment the reference does not implement: CPython's own
     * AttributeError for a read-only attribute or for a name the owner's instances cannot take, else unsupported.
     */
    static RuntimeException cannotSet(String owner, String typeName, String name) {
        Map<String, Entry> names = BY_OWNER.get(owner);
        Entry e = names == null ? null : names.get(name);
        if (e != null && !e.onSet().isEmpty()) {
            return new PyException("AttributeError", e.onSet());
        }
        if (names == null || e != null || names.containsKey("__dict__")) {
            return new UnsupportedFeature("setting " + owner + "." + name);
        }
        return PyException.attributeError(typeName, name);
    }

    private static Map<String, Map<String, Entry>> load() {
        try (InputStream in = Inventory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Map<String, Entry>> out = new HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(Inventory::parse)
                        .forEach(e -> out.computeIfAbsent(e.owner(), k -> new HashMap<>()).put(e.name(), e));
            }
            out.replaceAll((owner, names) -> Collections.unmodifiableMap(names));
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry parse(String line) {
        String[] cols = line.split("\t", -1);
        Optional<Signature> sig = cols[3].equals("?") || cols[3].isEmpty() && !cols[2].equals("function")
                ? Optional.empty() : Optional.of(Signature.parse(cols[3]));
        return new Entry(cols[0], cols[1], Kind.valueOf(cols[2].toUpperCase(java.util.Locale.ROOT)), sig, unescape(cols[4]),
                unescape(cols[5]));
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
