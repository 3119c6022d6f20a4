package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.Meter;
import java.util.Collections;
import java.util.List;

/** The methods of a Python list and of a tuple (its read-only subset), with CPython's argument errors. */
final class PyListMethods {
    private PyListMethods() {
    }

    static Object get(PyList l, String name) {
        List<Object> items = l.items();
        PyCallable body = switch (name) {
            case "append" -> args -> {
                items.add(exactlyOne(args, "list", name));
                return PyNone.NONE;
            };
            case "extend" -> args -> {
                List<Object> added = Iteration.iterate(exactlyOne(args, "list", name));
                Meter.current().listItems((long) items.size() + added.size(), "list");
                items.addAll(added);
                return PyNone.NONE;
            };
            case "insert" -> args -> {
                Object[] a = PyDictMethods.range(args, "insert", 2, 2);
                long i = index(a[0]);
                int n = items.size();
                items.add((int) Math.max(0, Math.min(n, i < 0 ? i + n : i)), a[1]);
                return PyNone.NONE;
            };
            case "pop" -> args -> pop(items, PyDictMethods.range(args, "pop", 0, 1));
            case "remove" -> args -> {
                Meter.current().steps(items.size()); // a scan: one comparison per item at worst
                Object x = exactlyOne(args, "list", name);
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.richEqual(items.get(i), x)) {
                        items.remove(i);
                        return PyNone.NONE;
                    }
                }
                throw PyException.valueError("list.remove(x): x not in list");
            };
            case "index" -> args -> indexOf(items, PyDictMethods.range(args, "index", 1, 3), Repr.repr(args.size() > 0 ? args.get(0) : PyNone.NONE) + " is not in list");
            case "count" -> args -> count(items, exactlyOne(args, "list", name));
            case "copy" -> args -> {
                noArguments(args, "list", name);
                return new PyList(items);
            };
            case "clear" -> args -> {
                noArguments(args, "list", name);
                items.clear();
                return PyNone.NONE;
            };
            case "reverse" -> args -> {
                noArguments(args, "list", name);
                Collections.reverse(items);
                return PyNone.NONE;
            };
            case "sort" -> args -> {
                IterableBuiltins.sortInPlace(items, args, null); // no interpreter at hand: see Calls#call
                return PyNone.NONE;
            };
            default -> null;
        };
        if (body == null) {
            throw Inventory.missingAttribute("list", "list", name);
        }
        return Attributes.method(l, name, body);
    }

    static Object tupleMethod(PyTuple t, String name) {
        PyCallable body = switch (name) {
            case "index" -> args -> indexOf(t.items(), PyDictMethods.range(args, "index", 1, 3), "tuple.index(x): x not in tuple");
            case "count" -> args -> count(t.items(), exactlyOne(args, "tuple", name));
            default -> null;
        };
        if (body == null) {
            throw Inventory.missingAttribute("tuple", "tuple", name);
        }
        return Attributes.method(t, name, body);
    }

    private static Object pop(List<Object> items, Object[] a) {
        long i = a.length == 0 ? -1 : index(a[0]);
        if (items.isEmpty()) {
            throw PyException.indexError("pop from empty list");
        }
        long k = i < 0 ? i + items.size() : i;
        if (k < 0 || k >= items.size()) {
            throw PyException.indexError("pop index out of range");
        }
        return items.remove((int) k);
    }

    /** {@code seq.index(x, start, end)}: the first match within the slice. */
    private static Object indexOf(List<Object> items, Object[] a, String notFound) {
        int n = items.size();
        Meter.current().steps(n);
        int start = a.length > 1 ? clamp(index(a[1]), n) : 0;
        int end = a.length > 2 ? clamp(index(a[2]), n) : n;
        for (int i = start; i < end; i++) {
            if (Operators.richEqual(items.get(i), a[0])) {
                return Ints.of(i);
            }
        }
        throw PyException.valueError(notFound);
    }

    private static int clamp(long i, int n) {
        return (int) Math.max(0, Math.min(n, i < 0 ? i + n : i));
    }

    private static Object count(List<Object> items, Object x) {
        Meter.current().steps(items.size());
        return Ints.of(items.stream().filter(o -> Operators.richEqual(o, x)).count());
    }

    private static long index(Object v) {
        Long i = Subscripts.asIndex(v);
        if (i == null) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    private static Object exactlyOne(Args args, String type, String name) {
        args.noKeywords();
        if (args.size() != 1) {
            throw PyException.typeError(type + "." + name + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    private static void noArguments(Args args, String type, String name) {
        args.noKeywords();
        if (args.size() != 0) {
            throw PyException.typeError(type + "." + name + "() takes no arguments (" + args.size() + " given)");
        }
    }
}
