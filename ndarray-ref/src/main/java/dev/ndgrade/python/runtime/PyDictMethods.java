package dev.ndgrade.python.runtime;

import java.util.List;

/** The methods of a Python dict, and {@code dict.fromkeys}. */
final class PyDictMethods {
    private PyDictMethods() {
    }

    static Object get(PyDict d, String name) {
        PyCallable body = switch (name) {
            case "keys", "values", "items" -> args -> {
                noArguments(args);
                return new DictView(d, name);
            };
            case "get" -> args -> {
                Object[] a = range(args, "get", 1, 2);
                Object v = d.getOrNull(a[0]);
                return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
            };
            case "setdefault" -> args -> {
                Object[] a = range(args, "setdefault", 1, 2);
                Object v = d.getOrNull(a[0]);
                if (v == null) {
                    v = a.length > 1 ? a[1] : PyNone.NONE;
                    d.put(a[0], v);
                }
                return v;
            };
            case "pop" -> args -> {
                Object[] a = range(args, "pop", 1, 2);
                Object v = d.removeIfPresent(a[0]);
                if (v == null) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw PyException.keyError(a[0]);
                }
                return v;
            };
            default -> wholeDictMethod(d, name);
        };
        if (body == null) {
            throw Inventory.missingAttribute("dict", "dict", name);
        }
        return Attributes.method(d, name, body);
    }

    /** The methods that act on the whole dict: popitem, update, copy, clear. */
    private static PyCallable wholeDictMethod(PyDict d, String name) {
        return switch (name) {
            case "popitem" -> args -> {
                noArguments(args);
                Object[] kv = d.removeLast();
                if (kv == null) {
                    throw PyException.keyError("popitem(): dictionary is empty");
                }
                return PyTuple.of(kv[0], kv[1]);
            };
            case "update" -> args -> {
                if (args.size() > 1) {
                    throw PyException.typeError("update expected at most 1 argument, got " + args.size());
                }
                update(d, args);
                return PyNone.NONE;
            };
            case "copy" -> args -> {
                noArguments(args);
                PyDict c = new PyDict();
                d.pairs().forEach(kv -> c.put(kv[0], kv[1]));
                return c;
            };
            case "clear" -> args -> {
                noArguments(args);
                d.clear();
                return PyNone.NONE;
            };
            default -> null;
        };
    }

    /** {@code dict(...)} and {@code d.update(...)}: a mapping or an iterable of pairs, then keyword arguments. */
    static void update(PyDict d, Args args) {
        if (args.size() == 1) {
            Object source = args.get(0);
            if (source instanceof PyDict other) {
                other.pairs().forEach(kv -> d.put(kv[0], kv[1]));
            } else {
                List<Object> items = Iteration.iterate(source);
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    if (Operators.isPythonNumber(item) || item instanceof PyNone) {
                        throw PyException.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    if (!(item instanceof PyTuple || item instanceof PyList || item instanceof String)) {
                        // sets, arrays, iterators: pairs the subset does not read as CPython's sequence protocol does
                        throw new UnsupportedFeature("dict() of items that are not lists, tuples or strings");
                    }
                    List<Object> pair = Iteration.iterate(item);
                    if (pair.size() != 2) {
                        throw PyException.valueError("dictionary update sequence element #" + i + " has length "
                                + pair.size() + "; 2 is required");
                    }
                    d.put(pair.get(0), pair.get(1));
                }
            }
        }
        args.keywords().forEach(d::put);
    }

    /** {@code dict.fromkeys(iterable, value=None)}. */
    static Object fromkeys(Args args) {
        Object[] a = range(args, "fromkeys", 1, 2);
        PyDict d = new PyDict();
        for (Object k : Iteration.iterate(a[0])) {
            d.put(k, a.length > 1 ? a[1] : PyNone.NONE);
        }
        return d;
    }

    private static void noArguments(Args args) {
        args.noKeywords();
        if (args.size() > 0) {
            throw PyException.typeError("dict." + args.function() + " takes no arguments (" + args.size() + " given)");
        }
    }

    /** Positional arguments only, between {@code min} and {@code max} of them (CPython's "get expected at least 1…"). */
    static Object[] range(Args args, String name, int min, int max) {
        args.noKeywords();
        if (args.size() < min || args.size() > max) {
            int n = args.size() < min ? min : max;
            String bound = (min == max ? "" : args.size() < min ? "at least " : "at most ") + n;
            throw PyException.typeError(name + " expected " + bound + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
        return args.positional().toArray();
    }
}
