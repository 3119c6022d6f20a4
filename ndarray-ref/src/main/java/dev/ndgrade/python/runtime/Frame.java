package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.NameScope;
import dev.ndgrade.python.syntax.Scope;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One running scope: the module's globals, a namespace looked up by name (a class body), or the locals of one call
 * of a function, lambda or comprehension, which reaches each name where its {@link Scope} says: its own locals, a
 * cell shared with closures, or the globals.
 */
public final class Frame {
    private final Map<String, Object> names = new LinkedHashMap<>();
    private final Frame globals;
    private final Scope scope;
    private final Map<String, Cell> cells;

    private Frame(Frame globals, Scope scope, Map<String, Cell> cells) {
        this.globals = globals;
        this.scope = scope;
        this.cells = cells;
    }

    public static Frame module() {
        return new Frame(null, null, Map.of());
    }

    /** A class body's namespace in front of the globals: its names are found by name at run time. */
    static Frame classBody(Frame globals, Scope scope) {
        return new Frame(globals, scope, Map.of());
    }

    /** The frame of one call: fresh cells for the locals closures capture, the closure's cells for free names. */
    static Frame call(Frame globals, Scope scope, Map<String, Cell> closure) {
        Map<String, Cell> cells = new HashMap<>(closure);
        scope.cellNames().forEach(name -> cells.put(name, new Cell()));
        return new Frame(globals, scope, cells);
    }

    public boolean isModule() {
        return globals == null;
    }

    private Frame globals() {
        return globals == null ? this : globals;
    }

    private NameScope scopeOf(String name) {
        return scope == null ? NameScope.NAMESPACE : scope.of(name);
    }

    /**
     * The value of {@code name}, or null when only the builtins can still have it; an unbound local or free
     * variable raises CPython's UnboundLocalError or NameError.
     */
    public Object lookup(String name) {
        switch (scopeOf(name)) {
            case LOCAL:
                return bound(name, names.get(name));
            case CELL:
            case FREE:
                return bound(name, cells.get(name).get());
            case GLOBAL_EXPLICIT:
            case GLOBAL_IMPLICIT:
                return globals().names.get(name);
            default:
                Object v = names.get(name);
                return v == null && globals != null ? globals.names.get(name) : v;
        }
    }

    private Object bound(String name, Object value) {
        if (value == null) {
            throw unbound(name);
        }
        return value;
    }

    /** CPython 3.11's error for a local or free variable read or deleted while it has no value. */
    private PyException unbound(String name) {
        if (scopeOf(name) == NameScope.FREE) {
            return new PyException("NameError", "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return new PyException("UnboundLocalError", "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    /** Whether {@code name} is a plain local of a call, which nothing outside the call can see. */
    boolean isCallLocal(String name) {
        return scope != null && scope.of(name) == NameScope.LOCAL;
    }

    public void bind(String name, Object value) {
        switch (scopeOf(name)) {
            case CELL, FREE -> cells.get(name).set(value);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> globals().names.put(name, value);
            default -> names.put(name, value);
        }
    }

    /** {@code del name}, with the error CPython raises when it has no value. */
    public void delete(String name) {
        switch (scopeOf(name)) {
            case LOCAL -> {
                if (names.remove(name) == null) {
                    throw unbound(name);
                }
            }
            case CELL, FREE -> {
                bound(name, cells.get(name).get());
                cells.get(name).set(null);
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> removeOrNameError(globals().names, name);
            default -> removeOrNameError(names, name);
        }
    }

    /** Removes the binding of {@code name} if it has one: how {@code except ... as name} ends. */
    public void unbind(String name) {
        switch (scopeOf(name)) {
            case CELL, FREE -> cells.get(name).set(null);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> globals().names.remove(name);
            default -> names.remove(name);
        }
    }

    private static void removeOrNameError(Map<String, Object> names, String name) {
        if (names.remove(name) == null) {
            throw PyException.nameError(name);
        }
    }

    /** The cell a closure made here captures for {@code name}, one of this frame's cell or free variables. */
    Cell cell(String name) {
        Cell c = cells.get(name);
        if (c == null) {
            throw new UnsupportedFeature("closures over variables of a function enclosing a class body");
        }
        return c;
    }

    /** This scope's bindings, in first-binding order; a call's cell and free variables that have a value follow. */
    public Map<String, Object> bindings() {
        if (cells.isEmpty()) {
            return Collections.unmodifiableMap(names);
        }
        Map<String, Object> all = new LinkedHashMap<>(names);
        cells.forEach((name, cell) -> {
            if (cell.get() != null) {
                all.put(name, cell.get());
            }
        });
        return Collections.unmodifiableMap(all);
    }
}
