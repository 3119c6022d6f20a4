package dev.ndgrade.python.runtime;

import java.util.List;

/** A Python {@code tuple}: immutable. */
public final class PyTuple {
    public static final PyTuple EMPTY = new PyTuple(List.of());
    private final List<Object> items;

    private PyTuple(List<Object> items) {
        this.items = items;
    }

    public static PyTuple of(List<?> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items)));
    }

    public static PyTuple of(Object... items) {
        return of(java.util.Arrays.asList(items));
    }

    public List<Object> items() {
        return items;
    }
}
