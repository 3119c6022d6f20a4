package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A lazy Python iterator ({@code zip}, {@code map}, {@code enumerate}, {@code list_iterator}…): items are made as
 * they are asked for, and each is handed out once. Its repr shows a memory address in CPython, so printing one
 * is unsupported rather than guessed.
 *
 * @param kind the Python type name, {@code zip} or {@code list_iterator}
 */
public record PyIterator(String kind, Iterator<Object> source) {

    /** An iterator over items already at hand. */
    static PyIterator over(String kind, List<Object> items) {
        return new PyIterator(kind, items.iterator());
    }

    /** The next item, or null when exhausted (the iterator stays exhausted). */
    Object next() {
        try {
            return source.hasNext() ? source.next() : null;
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    /** Every item not yet handed out; the iterator is exhausted afterwards. */
    List<Object> drain() {
        List<Object> out = new ArrayList<>();
        for (Object o = next(); o != null; o = next()) {
            out.add(o);
        }
        return out;
    }

    /** An iterator whose items are computed from {@code step} until it returns null. */
    static PyIterator generated(String kind, Supplier<Object> step) {
        return new PyIterator(kind, new Iterator<>() {
            private Object pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = step.get();
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object o = pending;
                pending = null;
                return o;
            }
        });
    }
}
