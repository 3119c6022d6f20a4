package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** The methods of a Python list. */
final class PyListMethods {
    private PyListMethods() {
    }

    static Object get(PyList l, String name) {
        List<Object> items = l.items();
        PyCallable body = switch (name) {
            case "append" -> args -> {
                items.add(single(args));
                return PyNone.NONE;
            };
            case "extend" -> args -> {
                items.addAll(Iteration.iterate(single(args)));
                return PyNone.NONE;
            };
            case "insert" -> args -> {
                long i = Subscripts.asIndex(args.get(0));
                int n = items.size();
                int k = (int) Math.max(0, Math.min(n, i < 0 ? i + n : i));
                items.add(k, args.get(1));
                return PyNone.NONE;
            };
            case "pop" -> args -> {
                if (items.isEmpty()) {
                    throw PyException.indexError("pop from empty list");
                }
                long i = args.size() == 0 ? -1 : Subscripts.asIndex(args.get(0));
                long k = i < 0 ? i + items.size() : i;
                if (k < 0 || k >= items.size()) {
                    throw PyException.indexError("pop index out of range");
                }
                return items.remove((int) k);
            };
            case "remove" -> args -> {
                Object x = single(args);
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.richEqual(items.get(i), x)) {
                        items.remove(i);
                        return PyNone.NONE;
                    }
                }
                throw PyException.valueError("list.remove(x): x not in list");
            };
            case "index" -> args -> {
                Object x = single(args);
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.richEqual(items.get(i), x)) {
                        return Ints.of(i);
                    }
                }
                throw PyException.valueError(Repr.repr(x) + " is not in list");
            };
            case "count" -> args -> Ints.of(items.stream().filter(x -> Operators.richEqual(x, single(args))).count());
            case "copy" -> args -> new PyList(items);
            case "clear" -> args -> {
                items.clear();
                return PyNone.NONE;
            };
            case "reverse" -> args -> {
                java.util.Collections.reverse(items);
                return PyNone.NONE;
            };
            case "sort" -> args -> {
                if (!args.keywords().isEmpty()) {
                    throw new UnsupportedFeature("list.sort() with key or reverse");
                }
                List<Object> sorted = new ArrayList<>(items);
                sorted.sort((x, y) -> Truth.isTrue(Operators.compare(dev.ndgrade.python.syntax.CompareOperator.LT, x, y)) ? -1
                        : Truth.isTrue(Operators.compare(dev.ndgrade.python.syntax.CompareOperator.LT, y, x)) ? 1 : 0);
                items.clear();
                items.addAll(sorted);
                return PyNone.NONE;
            };
            default -> null;
        };
        if (body == null) {
            throw Inventory.missingAttribute("list", "list", name);
        }
        return Attributes.method(l, name, body);
    }

    private static Object single(Args args) {
        if (args.size() != 1) {
            throw PyException.typeError(args.function() + " takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }
}
