package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A function made by a snippet's def or lambda: its code, the defaults evaluated once when it was made, and the
 * cells of its closure. Equal only to itself, as Python functions are.
 */
public final class UserFunction implements PyCallable {
    private final FunctionCode code;
    /** Values of the last positional parameters' defaults ({@code __defaults__}). */
    private final List<Object> defaults;
    /** Defaults of keyword-only parameters ({@code __kwdefaults__}). */
    private final Map<String, Object> keywordDefaults;
    private final Map<String, Cell> closure;
    private final Interpreter interpreter;

    UserFunction(FunctionCode code, List<Object> defaults, Map<String, Object> keywordDefaults,
                 Map<String, Cell> closure, Interpreter interpreter) {
        this.code = code;
        this.defaults = List.copyOf(defaults);
        this.keywordDefaults = Map.copyOf(keywordDefaults);
        this.closure = Map.copyOf(closure);
        this.interpreter = interpreter;
    }

    FunctionCode code() {
        return code;
    }

    List<Object> defaults() {
        return defaults;
    }

    Map<String, Object> keywordDefaults() {
        return keywordDefaults;
    }

    Map<String, Cell> closure() {
        return closure;
    }

    @Override
    public Object call(Args args) {
        return interpreter.callUser(this, args.positional(), args.keywords());
    }

    public String qualname() {
        return code.qualname();
    }

    /** What the function keeps alive: its defaults and the values in its closure's cells. */
    List<Object> referents() {
        List<Object> out = new ArrayList<>(defaults);
        out.addAll(keywordDefaults.values());
        closure.values().stream().map(Cell::get).filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    /** The function string CPython's call errors use ({@code _PyObject_FunctionStr}): {@code __main__.f()}. */
    String functionString() {
        return "__main__." + qualname() + "()";
    }

    /** The attributes a snippet can read; other dunders exist in CPython but not here, the rest are AttributeErrors. */
    Object attribute(String name) {
        return switch (name) {
            case "__name__" -> code.name();
            case "__qualname__" -> code.qualname();
            case "__doc__" -> code.doc();
            case "__module__" -> "__main__";
            case "__defaults__" -> defaults.isEmpty() ? PyNone.NONE : PyTuple.of(defaults);
            case "__kwdefaults__" -> keywordDefaults.isEmpty() ? PyNone.NONE : kwdefaults();
            default -> {
                if (name.startsWith("__") && name.endsWith("__")) {
                    throw new UnsupportedFeature("the function attribute " + name);
                }
                throw PyException.attributeError("function", name);
            }
        };
    }

    private PyDict kwdefaults() {
        PyDict d = new PyDict();
        code.params().keywordOnly().stream().filter(p -> keywordDefaults.containsKey(p.name()))
                .forEach(p -> d.put(p.name(), keywordDefaults.get(p.name())));
        return d;
    }
}
