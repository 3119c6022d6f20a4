package dev.ndgrade.python.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Iterating a dict, dict view or set while the loop changes it: CPython raises RuntimeError when the size changed;
 * when keys were swapped at the same size, what its iterator yields next depends on the hash table's slots, so that
 * is unsupported. Value updates ({@code d[k] = v} for an existing key) change nothing.
 */
final class MutationGuard implements Iterator<Object> {
    private final List<Object> items;
    private final IntSupplier size;
    private final IntSupplier changes;
    private final int startSize;
    private final int startChanges;
    private final String sizeMessage;
    private int next;

    private MutationGuard(List<Object> items, IntSupplier size, IntSupplier changes, String sizeMessage) {
        this.items = items;
        this.size = size;
        this.changes = changes;
        this.startSize = size.getAsInt();
        this.startChanges = changes.getAsInt();
        this.sizeMessage = sizeMessage;
    }

    static MutationGuard of(Object v) {
        if (v instanceof PySet s) {
            return new MutationGuard(s.items(), s::size, s::changes, "Set changed size during iteration");
        }
        PyDict d = v instanceof DictView view ? view.dict() : (PyDict) v;
        List<Object> items = Iteration.iterate(v);
        return new MutationGuard(items, d::size, d::keyChanges, "dictionary changed size during iteration");
    }

    @Override
    public boolean hasNext() {
        if (size.getAsInt() != startSize) {
            throw new PyException("RuntimeError", sizeMessage);
        }
        if (changes.getAsInt() != startChanges) {
            throw new UnsupportedFeature("changing the elements of a dict or set while iterating over it");
        }
        return next < items.size();
    }

    @Override
    public Object next() {
        hasNext();
        return items.get(next++);
    }
}
