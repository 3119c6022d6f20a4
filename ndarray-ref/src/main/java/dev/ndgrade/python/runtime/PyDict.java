package dev.ndgrade.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Python {@code dict} with str/int/bool/None/tuple keys, in insertion order. */
public final class PyDict {
    private final Map<Object, Object[]> entries = new LinkedHashMap<>();

    public void put(Object key, Object value) {
        entries.put(Hashing.key(key), new Object[] {key, value});
    }

    public Object get(Object key) {
        Object[] e = entries.get(Hashing.key(key));
        if (e == null) {
            throw PyException.keyError(key);
        }
        return e[1];
    }

    public boolean contains(Object key) {
        return entries.containsKey(Hashing.key(key));
    }

    public void remove(Object key) {
        if (entries.remove(Hashing.key(key)) == null) {
            throw PyException.keyError(key);
        }
    }

    /** Entries as {key, value} pairs, in order. */
    public Iterable<Object[]> pairs() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }
}
