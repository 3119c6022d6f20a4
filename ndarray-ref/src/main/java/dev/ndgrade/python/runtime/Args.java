package dev.ndgrade.python.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call, bound to parameter names the way CPython binds them, with CPython's error messages.
 *
 * @param function the called function's name, for messages ({@code reshape()}, {@code len()})
 */
public record Args(String function, List<Object> positional, Map<String, Object> keywords) {

    public Args {
        positional = List.copyOf(positional);
        keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    public int size() {
        return positional.size();
    }

    /** Binds positional and keyword arguments to {@code names}; returns values by position, null for missing. */
    public Object[] bind(String... names) {
        if (positional.size() > names.length) {
            throw PyException.typeError(function + " takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + positional.size() + " given)");
        }
        Object[] out = new Object[names.length];
        for (int i = 0; i < positional.size(); i++) {
            out[i] = positional.get(i);
        }
        for (Map.Entry<String, Object> e : keywords.entrySet()) {
            int k = java.util.Arrays.asList(names).indexOf(e.getKey());
            if (k < 0) {
                throw PyException.typeError(function + " got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (out[k] != null) {
                throw PyException.typeError(function + " got multiple values for argument '" + e.getKey() + "'");
            }
            out[k] = e.getValue();
        }
        return out;
    }

    /** Like {@link #bind} but the first {@code required} names must be given. */
    public Object[] bindRequired(int required, String... names) {
        Object[] out = bind(names);
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyException.typeError(function + " missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    public void noKeywords() {
        if (!keywords.isEmpty()) {
            throw PyException.typeError(function + " takes no keyword arguments");
        }
    }

    public Object get(int i) {
        return positional.get(i);
    }
}
