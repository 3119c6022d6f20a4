package dev.ndgrade.python.runtime;

/**
 * A variable that a function shares with the closures made in it (CPython's cell object): the closures see every
 * later rebinding, which is why {@code [lambda: i for i in range(3)]} all return 2. Null while unbound.
 */
final class Cell {
    private Object value;

    Object get() {
        return value;
    }

    void set(Object value) {
        this.value = value;
    }
}
