package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Values an expression is still holding while it evaluates its later parts (CPython's value stack): the
 * elements of a tuple being built, a call's function and arguments, a binary operator's left operand. They are
 * alive for {@code live_bytes()}, and die the moment the expression is done.
 */
final class Temporaries {
    private final List<Object> held = new ArrayList<>();

    int mark() {
        return held.size();
    }

    void hold(Object v) {
        held.add(v);
    }

    /** Drops everything held since {@code mark}. */
    void release(int mark) {
        held.subList(mark, held.size()).clear();
    }

    /** What is held now, oldest first. */
    List<Object> values() {
        return java.util.Collections.unmodifiableList(held);
    }
}
