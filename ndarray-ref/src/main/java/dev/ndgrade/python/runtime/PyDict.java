package dev.ndgrade.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Python {@code dict} with str/int/bool/None/tuple keys, in insertion order. */
public final class PyDict {
    private final Map<Object, Object[]> entries = new LinkedHashMap<>();
    /** Counts insertions and removals of keys (not value updates), so that iterators notice them. */
    private int keyChanges;

    /** Binds {@code key}; an existing equal key keeps its first spelling ({@code d[1.0] = x} leaves key 1). */
    public void put(Object key, Object value) {
        Object[] old = entries.get(Hashing.key(key));
        if (old != null) {
            old[1] = value;
        } else {
            entries.put(Hashing.key(key), new Object[] {key, value});
            keyChanges++;
        }
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
        if (removeIfPresent(key) == null) {
            throw PyException.keyError(key);
        }
    }

    /** Removes {@code key}; its value, or null when it was absent. */
    Object removeIfPresent(Object key) {
        Object[] e = entries.remove(Hashing.key(key));
        if (e == null) {
            return null;
        }
        keyChanges++;
        return e[1];
    }

    /** Removes and returns the last inserted {key, value} pair, or null when empty. */
    Object[] removeLast() {
        Object[] last = null;
        for (Object[] kv : entries.values()) {
            last = kv;
        }
        if (last != null) {
            entries.remove(Hashing.key(last[0]));
            keyChanges++;
        }
        return last;
    }

    void clear() {
        entries.clear();
        keyChanges++;
    }

    /** The value of an existing key, or null (no KeyError). */
    Object getOrNull(Object key) {
        Object[] e = entries.get(Hashing.key(key));
        return e == null ? null : e[1];
    }

    /** Entries as {key, value} pairs, in order. */
    public Iterable<Object[]> pairs() {
        return entries.values();
    }

    /** How many times keys were added or removed, for iterators to notice changes. */
    int keyChanges() {
        return keyChanges;
    }

    public int size() {
        return entries.size();
    }
}
