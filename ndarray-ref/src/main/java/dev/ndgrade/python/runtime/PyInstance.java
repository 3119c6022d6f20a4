package dev.ndgrade.python.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class (see {@link ClassBody}): its class and its own attributes, its {@code __dict__}. */
public class PyInstance {
    private final PyType type;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    PyInstance(PyType type) {
        this.type = type;
    }

    public PyType type() {
        return type;
    }

    /** The instance's own attribute, or null. */
    Object attribute(String name) {
        return attributes.get(name);
    }

    /** The values of the instance's own attributes (what keeps arrays alive through it). */
    Collection<Object> attributeValues() {
        return Collections.unmodifiableCollection(attributes.values());
    }

    void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    /** Removes an own attribute; false if there was none. */
    boolean deleteAttribute(String name) {
        return attributes.remove(name) != null;
    }
}
