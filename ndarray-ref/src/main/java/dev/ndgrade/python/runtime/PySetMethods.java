package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** The methods and operators of set and frozenset, each building its result the way {@code setobject.c} does. */
final class PySetMethods {
    private PySetMethods() {
    }

    static PySet of(boolean frozen, Object iterable) {
        PySet s = new PySet(frozen);
        if (iterable != null) {
            s.update(iterable);
        }
        return s;
    }

    /** {@code set_copy}: a new set of the same kind, merged from this one. */
    static PySet copy(PySet s, boolean frozen) {
        PySet c = new PySet(frozen);
        c.merge(s);
        return c;
    }

    static Object get(PySet s, String name) {
        String type = s.frozen() ? "frozenset" : "set";
        PyCallable body = switch (name) {
            case "copy" -> args -> s.frozen() ? s : copy(s, false);
            case "union" -> args -> union(s, args.positional());
            case "intersection" -> args -> {
                PySet r = s;
                for (Object o : args.positional()) {
                    r = intersection(r, o);
                }
                return args.size() == 0 ? copy(s, s.frozen()) : r;
            };
            case "difference" -> args -> {
                PySet r = args.size() == 0 ? copy(s, s.frozen()) : difference(s, args.get(0));
                for (Object o : args.positional().subList(Math.min(1, args.size()), args.size())) {
                    differenceUpdate(r, o);
                }
                return r;
            };
            case "symmetric_difference" -> args -> symmetricDifference(s, one(args, type, name));
            case "issubset" -> args -> isSubset(s, one(args, type, name));
            case "issuperset" -> args -> isSuperset(s, one(args, type, name));
            case "isdisjoint" -> args -> isDisjoint(s, one(args, type, name));
            default -> s.frozen() ? null : mutator(s, name);
        };
        if (body == null) {
            throw Inventory.missingAttribute(type, type, name);
        }
        return Attributes.method(s, name, body);
    }

    private static PyCallable mutator(PySet s, String name) {
        return switch (name) {
            case "add" -> args -> {
                Object k = one(args, "set", name);
                s.add(k, SetHash.of(k));
                return PyNone.NONE;
            };
            case "remove", "discard" -> args -> {
                Object k = one(args, "set", name);
                if (!s.discard(k, SetHash.of(k).value()) && name.equals("remove")) {
                    throw PyException.keyError(k);
                }
                return PyNone.NONE;
            };
            case "pop" -> args -> {
                if (s.size() == 0) {
                    throw PyException.keyError("pop from an empty set");
                }
                s.items(); // which element comes first is only known when the order is
                return s.pop();
            };
            case "clear" -> args -> {
                s.clear();
                return PyNone.NONE;
            };
            case "update" -> args -> {
                args.positional().forEach(s::update);
                return PyNone.NONE;
            };
            case "intersection_update" -> args -> {
                PySet r = s;
                for (Object o : args.positional()) {
                    r = intersection(r, o);
                }
                s.become(r == s ? copy(s, false) : r);
                return PyNone.NONE;
            };
            case "difference_update" -> args -> {
                args.positional().forEach(o -> differenceUpdate(s, o));
                return PyNone.NONE;
            };
            case "symmetric_difference_update" -> args -> {
                symmetricDifferenceUpdate(s, one(args, "set", name));
                return PyNone.NONE;
            };
            default -> null;
        };
    }

    private static Object one(Args args, String type, String name) {
        args.noKeywords();
        if (args.size() != 1) {
            throw PyException.typeError(type + "." + name + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    static PySet union(PySet s, List<Object> others) {
        PySet r = copy(s, s.frozen());
        for (Object o : others) {
            if (o != s) {
                r.update(o);
            }
        }
        return r;
    }

    /** {@code set_intersection}: walks the smaller set (or the iterable), adding what the other holds. */
    static PySet intersection(PySet s, Object other) {
        if (other == s) {
            return copy(s, s.frozen());
        }
        PySet r = new PySet(s.frozen());
        if (other instanceof PySet o) {
            PySet big = o.size() > s.size() ? o : s;
            PySet small = big == o ? s : o;
            for (Object[] kv : small.entries()) {
                if (big.find(kv[0], (long) kv[1]) >= 0) {
                    r.add(kv[0], new SetHash((long) kv[1], big.orderKnown() && small.orderKnown()));
                }
            }
            return r;
        }
        for (Object k : Iteration.iterate(other)) {
            SetHash h = SetHash.of(k);
            if (s.find(k, h.value()) >= 0) {
                r.add(k, h);
                if (r.size() >= s.size()) {
                    break;
                }
            }
        }
        return r;
    }

    /** {@code set_difference}: a new set from this one's elements the other lacks, or a copy minus the other. */
    static PySet difference(PySet s, Object other) {
        int otherSize = other instanceof PySet o ? o.size() : other instanceof PyDict d ? d.size() : -1;
        if (otherSize < 0 || (s.size() >> 2) > otherSize) {
            PySet r = copy(s, s.frozen());
            differenceUpdate(r, other);
            return r;
        }
        PySet r = new PySet(s.frozen());
        for (Object[] kv : s.entries()) {
            boolean inOther = other instanceof PySet o ? o.find(kv[0], (long) kv[1]) >= 0 : ((PyDict) other).contains(kv[0]);
            if (!inOther) {
                r.add(kv[0], new SetHash((long) kv[1], s.orderKnown()));
            }
        }
        return r;
    }

    static void differenceUpdate(PySet s, Object other) {
        if (other == s) {
            s.clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet walk = (o.size() >> 3) > s.size() ? intersection(s, o) : o;
            for (Object[] kv : walk.entries()) {
                s.discard(kv[0], (long) kv[1]);
            }
        } else {
            for (Object k : Iteration.iterate(other)) {
                s.discard(k, SetHash.of(k).value());
            }
        }
        s.purgeDummies();
    }

    static PySet symmetricDifference(PySet s, Object other) {
        PySet r = of(s.frozen(), other);
        symmetricDifferenceUpdate(r, s);
        return r;
    }

    static void symmetricDifferenceUpdate(PySet s, Object other) {
        if (other == s) {
            s.clear();
            return;
        }
        PySet o = other instanceof PySet set ? set : other instanceof PyDict ? null : of(s.frozen(), other);
        List<Object[]> entries = o != null ? o.entries() : dictEntries((PyDict) other);
        for (Object[] kv : entries) {
            SetHash h = new SetHash((long) kv[1], o == null || o.orderKnown());
            if (!s.discard(kv[0], h.value())) {
                s.add(kv[0], h);
            }
        }
    }

    private static List<Object[]> dictEntries(PyDict d) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] kv : d.pairs()) {
            SetHash h = SetHash.of(kv[0]);
            out.add(new Object[] {kv[0], h.value()});
        }
        return out;
    }

    static boolean isSubset(PySet s, Object other) {
        if (!(other instanceof PySet o)) {
            return intersection(s, other).size() == s.size();
        }
        if (s.size() > o.size()) {
            return false;
        }
        for (Object[] kv : s.entries()) {
            if (o.find(kv[0], (long) kv[1]) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PySet s, Object other) {
        if (other instanceof PySet o) {
            return isSubset(o, s);
        }
        for (Object k : Iteration.iterate(other)) {
            if (!s.contains(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(PySet s, Object other) {
        for (Object k : other instanceof PySet o ? o.entries().stream().map(kv -> kv[0]).toList() : Iteration.iterate(other)) {
            if (s.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b} between sets; null when an operand is not a set. */
    static PySet operator(String symbol, Object l, Object r) {
        if (!(l instanceof PySet a) || !(r instanceof PySet b)) {
            return null;
        }
        return switch (symbol) {
            case "|" -> union(a, List.of(b));
            case "&" -> intersection(a, b);
            case "-" -> difference(a, b);
            default -> symmetricDifference(a, b);
        };
    }

    /** {@code a |= b} and friends on a mutable set: in place, the same object. */
    static PySet inPlace(String symbol, PySet a, PySet b) {
        switch (symbol) {
            case "|" -> a.update(b);
            case "&" -> a.become(intersection(a, b));
            case "-" -> differenceUpdate(a, b);
            default -> symmetricDifferenceUpdate(a, b);
        }
        return a;
    }

    /** Set comparisons: equality of contents, {@code <=} subset, {@code <} proper subset… */
    static boolean compare(String op, PySet a, PySet b) {
        return switch (op) {
            case "==" -> a.size() == b.size() && isSubset(a, b);
            case "!=" -> !(a.size() == b.size() && isSubset(a, b));
            case "<=" -> isSubset(a, b);
            case ">=" -> isSubset(b, a);
            case "<" -> a.size() < b.size() && isSubset(a, b);
            default -> a.size() > b.size() && isSubset(b, a);
        };
    }

    static String repr(PySet s) {
        String name = s.frozen() ? "frozenset" : "set";
        if (s.size() == 0) {
            return name + "()";
        }
        StringBuilder sb = new StringBuilder("{");
        List<Object> items = s.items();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.repr(items.get(i)));
        }
        sb.append('}');
        return s.frozen() ? name + "(" + sb + ")" : sb.toString();
    }
}
