package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python {@code set} or {@code frozenset}: CPython 3.11's open-addressing table ({@code setobject.c}), slot for
 * slot, so that iteration, printing and {@code pop()} follow the same order. The order is only claimed when every
 * element's hash is deterministic ({@link SetHash}); otherwise iterating the set is unsupported.
 */
public final class PySet {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final long DUMMY = -1;

    private final boolean frozen;
    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private int finger;
    private boolean orderKnown = true;
    /** Counts added and removed elements, so that iterators notice changes. */
    private int changes;

    PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean frozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    private boolean isDummy(int i) {
        return keys[i] == null && hashes[i] == DUMMY;
    }

    /** {@code set_add_entry}: linear probes of up to 9 slots, then perturbed jumps; fills to 60% before growing. */
    void add(Object key, SetHash h) {
        orderKnown &= h.deterministic();
        long hash = h.value();
        int freeslot = -1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int e = i;
            do {
                if (keys[e] == null && hashes[e] == 0) {
                    place(freeslot < 0 ? e : freeslot, key, hash, freeslot < 0);
                    return;
                }
                if (keys[e] != null && hashes[e] == hash && Operators.richEqual(keys[e], key)) {
                    return;
                } else if (isDummy(e)) {
                    freeslot = e;
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void place(int slot, Object key, long hash, boolean unused) {
        changes++;
        keys[slot] = key;
        hashes[slot] = hash;
        used++;
        if (unused) {
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
    }

    /** The slot holding an element equal to {@code key}, or -1. */
    int find(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int e = i;
            do {
                if (keys[e] == null && hashes[e] == 0) {
                    return -1;
                }
                if (keys[e] != null && hashes[e] == hash && Operators.richEqual(keys[e], key)) {
                    return e;
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    boolean contains(Object key) {
        return find(key, SetHash.of(key).value()) >= 0;
    }

    /** Removes an element equal to {@code key}, leaving a dummy slot; whether it was there. */
    boolean discard(Object key, long hash) {
        int e = find(key, hash);
        if (e < 0) {
            return false;
        }
        keys[e] = null;
        hashes[e] = DUMMY;
        used--;
        changes++;
        return true;
    }

    /** {@code set.pop()}: the first element from the search finger on. */
    Object pop() {
        int e = finger & mask;
        while (keys[e] == null) {
            e = e + 1 > mask ? 0 : e + 1;
        }
        Object key = keys[e];
        keys[e] = null;
        hashes[e] = DUMMY;
        used--;
        changes++;
        finger = e + 1;
        return key;
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minUsed}, elements reinserted in slot order. */
    void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        if (size == MIN_SIZE && keys.length == MIN_SIZE && fill == used) {
            return;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int e = 0; e < oldKeys.length; e++) {
            if (oldKeys[e] != null) {
                insertClean(oldKeys[e], oldHashes[e]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code set_merge}: one resize up front, then a slot-for-slot copy or clean inserts when this set is empty. */
    void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        orderKnown &= other.orderKnown;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            changes++;
            return;
        }
        if (fill == 0) {
            changes++;
            fill = other.used;
            used = other.used;
            for (int e = 0; e <= other.mask; e++) {
                if (other.keys[e] != null) {
                    insertClean(other.keys[e], other.hashes[e]);
                }
            }
            return;
        }
        for (int e = 0; e <= other.mask; e++) {
            if (other.keys[e] != null) {
                add(other.keys[e], new SetHash(other.hashes[e], other.orderKnown));
            }
        }
    }

    /** {@code set_update_internal}: a set merges, a dict's keys come with one resize up front, else item by item. */
    void update(Object iterable) {
        if (iterable instanceof PySet s) {
            merge(s);
            return;
        }
        if (iterable instanceof PyDict d && (long) (fill + d.size()) * 5 >= (long) mask * 3) {
            resize((used + d.size()) * 2);
        }
        for (Object o : Iteration.iterate(iterable)) {
            add(o, SetHash.of(o));
        }
    }

    void clear() {
        changes++;
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        orderKnown = true;
    }

    /** Takes over {@code other}'s table ({@code set_swap_bodies} for the in-place operators). */
    void become(PySet other) {
        changes++;
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        orderKnown = other.orderKnown;
    }

    /** {@code set_difference_update_internal}'s last step: more than a quarter dummies are resized away. */
    void purgeDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    int dummies() {
        return fill - used;
    }

    /** Elements in slot order with their stored hashes, for the set algebra. */
    List<Object[]> entries() {
        List<Object[]> out = new ArrayList<>(used);
        for (int e = 0; e <= mask; e++) {
            if (keys[e] != null) {
                out.add(new Object[] {keys[e], hashes[e]});
            }
        }
        return out;
    }

    int changes() {
        return changes;
    }

    boolean orderKnown() {
        return orderKnown;
    }

    /**
     * The elements in some order, for consumers whose result cannot depend on it: strs are totally ordered and never
     * equal unless identical in text, so {@code sorted}, {@code min} and {@code max} of a set of strs are the same
     * whatever the salted hashes did. Null when the set holds anything but strs.
     */
    List<Object> strsInAnyOrder() {
        List<Object> out = new ArrayList<>(used);
        for (Object[] kv : entries()) {
            if (!(kv[0] instanceof String)) {
                return null;
            }
            out.add(kv[0]);
        }
        return out;
    }

    /** The elements in iteration order; unsupported when that order depends on salted or address hashes. */
    List<Object> items() {
        if (!orderKnown) {
            throw new UnsupportedFeature("the order of a set holding str, None, NaN or NumPy elements (CPython's "
                    + "depends on hashes that change from run to run)");
        }
        List<Object> out = new ArrayList<>(used);
        for (Object[] kv : entries()) {
            out.add(kv[0]);
        }
        return out;
    }
}
