package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python {@code list}: mutable, identity-compared; slicing copies it (shallowly). */
public final class PyList {
    private final List<Object> items;

    public PyList(List<Object> items) {
        this.items = new ArrayList<>(items);
    }

    private PyList(ArrayList<Object> fresh, boolean adopt) {
        this.items = fresh;
    }

    /** A list that takes over {@code fresh}, a list nobody else holds (no copy). */
    static PyList adopt(ArrayList<Object> fresh) {
        return new PyList(fresh, true);
    }

    /** The live element list (mutations are the list's mutations). */
    public List<Object> items() {
        return items;
    }
}
