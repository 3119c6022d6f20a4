package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.Index;
import dev.ndgrade.ndarray.Indexing;
import dev.ndgrade.ndarray.NdArray;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Python's iteration protocol over the values a snippet can hold. */
public final class Iteration {
    private Iteration() {
    }

    /** Whether {@code v} can be iterated at all (a 0-d array can, though iterating it raises). */
    public static boolean isIterable(Object v) {
        return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof String
                || v instanceof PyDict || v instanceof NdArray || v instanceof PyIterator || v instanceof DictView
                || v instanceof PySet;
    }

    /**
     * The items, produced as they are asked for: a list's iterator sees items appended while it runs, as CPython's
     * does, and an iterator object hands out its remaining items.
     */
    public static Iterator<Object> lazy(Object v) {
        if (v instanceof PyIterator it) {
            return it.source();
        }
        if (v instanceof PyDict || v instanceof DictView || v instanceof PySet) {
            return MutationGuard.of(v);
        }
        if (v instanceof PyList l) {
            List<Object> items = l.items();
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    if (next > 50_000_000) {
                        throw new UnsupportedFeature("a loop over a list that keeps growing");
                    }
                    return next < items.size();
                }

                @Override
                public Object next() {
                    return items.get(next++);
                }
            };
        }
        return iterate(v).iterator();
    }

    /** The type name of {@code iter(v)}: {@code list_iterator}, {@code str_ascii_iterator}… */
    static String iteratorKind(Object v) {
        if (v instanceof String s) {
            return s.chars().allMatch(c -> c < 128) ? "str_ascii_iterator" : "str_iterator";
        }
        if (v instanceof PyDict) {
            return "dict_keyiterator";
        }
        if (v instanceof PyRange) {
            return "range_iterator";
        }
        if (v instanceof PySet) {
            return "set_iterator";
        }
        iterate(v); // raises "not iterable" for what is not
        return v instanceof PyList ? "list_iterator" : v instanceof PyTuple ? "tuple_iterator" : "iterator";
    }

    /**
     * The items, materialised (snippets iterate small things); a copy, so mutation while iterating is safe. Each item
     * costs a step, charged before any is made: the loop, comprehension or builtin consuming them does per-item work.
     */
    public static List<Object> iterate(Object v) {
        Meter meter = Meter.current();
        if (v instanceof PyList l) {
            meter.steps(l.items().size());
            return new ArrayList<>(l.items());
        } else if (v instanceof PyIterator it) {
            return it.drain();
        } else if (v instanceof DictView view) {
            return view.items();
        } else if (v instanceof PySet set) {
            return set.items();
        } else if (v instanceof PyTuple t) {
            meter.steps(t.items().size());
            return t.items();
        } else if (v instanceof PyRange r) {
            long n = r.length();
            meter.steps(n);
            List<Object> out = new ArrayList<>((int) n);
            for (long i = 0; i < n; i++) {
                out.add(Ints.of(r.get(i)));
            }
            return out;
        } else if (v instanceof String s) {
            meter.steps(s.length());
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        } else if (v instanceof PyDict d) {
            meter.steps(d.size());
            List<Object> out = new ArrayList<>();
            for (Object[] kv : d.pairs()) {
                out.add(kv[0]);
            }
            return out;
        } else if (v instanceof NdArray a) {
            if (a.ndim() == 0) {
                throw PyException.typeError("iteration over a 0-d array");
            }
            meter.steps(a.dim(0));
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < a.dim(0); i++) {
                out.add(Indexing.get(a, List.of(Index.at(i))));
            }
            return out;
        }
        String message = "'" + Types.shortName(v) + "' object is not iterable";
        throw v instanceof PyInstance i ? SpecialMethods.notIterable(i, message) : PyException.typeError(message);
    }
}
