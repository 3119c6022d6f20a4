package dev.ndgrade.python.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call, bound to parameter names the way CPython binds them, with the error messages of the
 * callee's kind of signature.
 *
 * @param function the called function's name, for messages ({@code reshape()}, {@code len()})
 * @param style how the callee parses its arguments, which decides the wording of binding errors
 */
public record Args(String function, List<Object> positional, Map<String, Object> keywords, CallStyle style) {

    /** The three ways callees parse arguments, each with its own error messages. */
    public enum CallStyle {
        /** CPython builtins ({@code PyArg_ParseTupleAndKeywords}): "takes at most 2 arguments (3 given)". */
        BUILTIN,
        /** NumPy's C functions and methods ({@code npy_parse_arguments}): "missing required argument 'a' (pos 0)". */
        NUMPY_C,
        /** Functions NumPy writes in Python: "missing 1 required positional argument: 'shape'". */
        PYTHON
    }

    public Args {
        positional = List.copyOf(positional);
        keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    public Args(String function, List<Object> positional, Map<String, Object> keywords) {
        this(function, positional, keywords, CallStyle.BUILTIN);
    }

    public int size() {
        return positional.size();
    }

    /** Binds positional and keyword arguments to {@code names}; returns values by position, null for missing. */
    public Object[] bind(String... names) {
        return bind(0, names);
    }

    private Object[] bind(int required, String... names) {
        return bind(required, names.length, names);
    }

    private Object[] bind(int required, int maxPositional, String... names) {
        if (positional.size() > maxPositional) {
            if (style == CallStyle.BUILTIN) {
                throw PyException.typeError(function + " takes at most " + maxPositional + " argument"
                        + (maxPositional == 1 ? "" : "s") + " (" + positional.size() + " given)");
            }
            String takes = required == maxPositional ? String.valueOf(required) : "from " + required + " to " + maxPositional;
            throw PyException.typeError(function + " takes " + takes + " positional argument"
                    + (takes.equals("1") ? "" : "s") + " but " + positional.size() + " were given");
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
                throw PyException.typeError(style == CallStyle.NUMPY_C
                        ? "argument for " + function + " given by name ('" + e.getKey() + "') and position (position " + k + ")"
                        : function + " got multiple values for argument '" + e.getKey() + "'");
            }
            out[k] = e.getValue();
        }
        return out;
    }

    /** Like {@link #bind} but the first {@code required} names must be given. */
    public Object[] bindRequired(int required, String... names) {
        return bindRequired(required, names.length, names);
    }

    /** Like {@link #bindRequired(int, String...)} where only the first {@code maxPositional} names may be given by position. */
    public Object[] bindRequired(int required, int maxPositional, String... names) {
        Object[] out = bind(required, maxPositional, names);
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (style != CallStyle.PYTHON) {
                    // npy_parse_arguments counts positions from 0, the PyArg parser of builtins from 1
                    int pos = style == CallStyle.NUMPY_C ? i : i + 1;
                    throw PyException.typeError(function + " missing required argument '" + names[i] + "' (pos " + pos + ")");
                }
                missing.add("'" + names[i] + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw PyException.typeError(function + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + pythonList(missing));
        }
        return out;
    }

    /** CPython's list of names in messages: {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}. */
    static String pythonList(List<String> names) {
        int n = names.size();
        if (n == 1) {
            return names.get(0);
        }
        if (n == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, n - 1)) + ", and " + names.get(n - 1);
    }

    /**
     * Binds as CPython's PyArg_ParseTupleAndKeywords does (builtins such as {@code int()}, older ndarray methods):
     * a keyword it does not know is "'k' is an invalid keyword argument for f()".
     */
    public Object[] bindPyArg(String... names) {
        return bindPyArg(0, names);
    }

    /** Like {@link #bindPyArg(String...)} where the first {@code required} names must be given. */
    public Object[] bindPyArg(int required, String... names) {
        for (String k : keywords.keySet()) {
            if (!List.of(names).contains(k)) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for " + function);
            }
        }
        return new Args(function, positional, keywords, CallStyle.BUILTIN).bindRequired(required, names.length, names);
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
