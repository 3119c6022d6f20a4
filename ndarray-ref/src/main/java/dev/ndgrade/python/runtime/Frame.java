package dev.ndgrade.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** One scope of names: the module's globals, or a function call's locals in front of them. */
public final class Frame {
    private final Map<String, Object> names = new LinkedHashMap<>();
    private final Frame globals;

    private Frame(Frame globals) {
        this.globals = globals;
    }

    public static Frame module() {
        return new Frame(null);
    }

    public Frame child() {
        return new Frame(this.globals == null ? this : this.globals);
    }

    public boolean isModule() {
        return globals == null;
    }

    /** The value bound to name here or in the globals, or null. */
    public Object lookup(String name) {
        Object v = names.get(name);
        if (v == null && globals != null) {
            v = globals.names.get(name);
        }
        return v;
    }

    public void bind(String name, Object value) {
        names.put(name, value);
    }

    /** Unbinds; false if the name was not bound in this scope. */
    public boolean unbind(String name) {
        return names.remove(name) != null;
    }

    /** This scope's bindings, in first-binding order. */
    public Map<String, Object> bindings() {
        return java.util.Collections.unmodifiableMap(names);
    }
}
