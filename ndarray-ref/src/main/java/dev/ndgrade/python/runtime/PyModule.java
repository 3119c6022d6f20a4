package dev.ndgrade.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** A module object ({@code np}, {@code np.lib.stride_tricks}): a named bag of attributes. */
public final class PyModule {
    private final String name;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private final boolean complete;

    public PyModule(String name) {
        this(name, true);
    }

    private PyModule(String name, boolean complete) {
        this.name = name;
        this.complete = complete;
    }

    /** A module of which ndgrade has only some attributes: the others are unsupported rather than missing. */
    public static PyModule partial(String name) {
        return new PyModule(name, false);
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
            if (name.equals("numpy") && NumpyNames.exists(attr)) {
                throw new UnsupportedFeature(SimdTranscendentals.describe(attr));
            }
            if (!complete) {
                throw new UnsupportedFeature(name + "." + attr);
            }
            throw new PyException("AttributeError", "module '" + name + "' has no attribute '" + attr + "'");
        }
        return v;
    }

    public boolean has(String attr) {
        return attributes.containsKey(attr);
    }
}
