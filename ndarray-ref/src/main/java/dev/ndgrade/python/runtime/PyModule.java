package dev.ndgrade.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module object ({@code np}, {@code np.lib.stride_tricks}): a named bag of attributes. What it does not hold,
 * the inventory judges: a real name of the module is unsupported, any other is CPython's AttributeError.
 */
public final class PyModule {
    private final String name;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    public PyModule(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public PyModule put(String attr, Object value) {
        attributes.put(attr, value);
        return this;
    }

    public Object get(String attr) {
        Object v = attributes.get(attr);
        if (v == null) {
            if (name.equals("numpy")) {
                SimdTranscendentals.refuse(attr);
            }
            throw Inventory.missing(name, attr, () -> new PyException("AttributeError", "module '" + name + "' has no attribute '" + attr + "'"));
        }
        return v;
    }

    public boolean has(String attr) {
        return attributes.containsKey(attr);
    }
}
