package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python {@code list}: mutable, identity-compared; slicing copies it (shallowly). */
public final class PyList {
    private final List<Object> items;

    public PyList(List<Object> items) {
        this.items = new ArrayList<>(items);
    }

    /** The live element list (mutations are the list's mutations). */
    public List<Object> items() {
        return items;
    }
}
