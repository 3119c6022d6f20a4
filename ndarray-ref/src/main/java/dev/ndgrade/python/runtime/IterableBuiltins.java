package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.python.syntax.BinaryOperator;
import dev.ndgrade.python.syntax.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The builtins that consume or make iterables: sorted, min, max, sum, zip, map, filter, enumerate, iter, next… */
final class IterableBuiltins {
    private IterableBuiltins() {
    }

    /** {@code f(x)} for a key or map function ({@code in} may be null, see {@link Calls#call}). */
    private static Object apply(Object f, List<Object> args, Interpreter in) {
        return Calls.call(f, args, Map.of(), in);
    }

    static Object sorted(Args args, Interpreter in) {
        if (args.size() != 1) {
            throw PyException.typeError(args.size() == 0 ? "sorted expected 1 argument, got 0"
                    : "sorted expected 1 argument, got " + args.size());
        }
        PyList out = new PyList(orderFree(args.get(0), args.keywords().containsKey("key")));
        sortInPlace(out.items(), new Args("sort()", List.of(), args.keywords()), in);
        return out;
    }

    /**
     * The items of an iterable whose order the result will not show: a set of strs may be read in any order
     * when no key function can tie two of them.
     */
    private static List<Object> orderFree(Object iterable, boolean keyed) {
        if (!keyed && iterable instanceof PySet s && !s.orderKnown()) {
            List<Object> strs = s.strsInAnyOrder();
            if (strs != null) {
                return strs;
            }
        }
        return Iteration.iterate(iterable);
    }

    /**
     * {@code list.sort(key=, reverse=)}: a stable sort by {@code <} alone, as CPython's; reverse keeps equal items in
     * their original order. Unorderable items raise the comparison's TypeError.
     */
    static void sortInPlace(List<Object> items, Args args, Interpreter in) {
        if (args.size() > 0) {
            throw PyException.typeError("sort() takes no positional arguments");
        }
        for (String k : args.keywords().keySet()) {
            if (!k.equals("key") && !k.equals("reverse")) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for sort()");
            }
        }
        Object key = args.keywords().getOrDefault("key", PyNone.NONE);
        Object flag = args.keywords().getOrDefault("reverse", Boolean.FALSE);
        Long reverseFlag = Subscripts.asIndex(flag);
        if (reverseFlag == null) {
            throw PyException.typeError("'" + Types.shortName(flag) + "' object cannot be interpreted as an integer");
        }
        boolean reverse = reverseFlag != 0;
        List<Object> keys = new ArrayList<>(items.size());
        for (Object o : items) {
            keys.add(key instanceof PyNone ? o : apply(key, List.of(o), in));
        }
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = reverse ? order.length - 1 - i : i;
        }
        refuseNaN(keys);
        try {
            Arrays.sort(order, (x, y) -> lessThan(keys.get(x), keys.get(y)) ? -1 : lessThan(keys.get(y), keys.get(x)) ? 1 : 0);
        } catch (PyException e) {
            if (items.size() > 2) {
                // which pair fails first depends on the exact comparisons of CPython's timsort
                throw new UnsupportedFeature("sorting items that cannot all be compared");
            }
            throw e;
        }
        List<Object> sorted = new ArrayList<>(items.size());
        for (int i = 0; i < order.length; i++) {
            sorted.add(items.get(order[reverse ? order.length - 1 - i : i]));
        }
        items.clear();
        items.addAll(sorted);
    }

    /** NaN keys make {@code <} inconsistent, and then the order depends on timsort's exact comparisons. */
    private static void refuseNaN(List<Object> keys) {
        for (Object k : keys) {
            if (k instanceof Double d && d.isNaN() || k instanceof Scalar s
                    && s.dtype() instanceof DType.Float && Double.isNaN(s.asDouble())) {
                throw new UnsupportedFeature("sorting NaN values (CPython's order then depends on its sort's exact comparisons)");
            }
        }
    }

    private static boolean lessThan(Object x, Object y) {
        return Truth.isTrue(Operators.compare(CompareOperator.LT, x, y));
    }

    /** {@code min}/{@code max} with several arguments or one iterable, {@code key=} and {@code default=}. */
    static Object extreme(Args args, boolean min, Interpreter in) {
        String name = min ? "min" : "max";
        for (String k : args.keywords().keySet()) {
            if (!k.equals("key") && !k.equals("default")) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (args.size() == 0) {
            throw PyException.typeError(name + " expected at least 1 argument, got 0");
        }
        Object dflt = args.keywords().get("default");
        if (args.size() > 1 && dflt != null) {
            throw PyException.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        List<Object> items = args.size() == 1 ? orderFree(args.get(0), args.keywords().containsKey("key")) : args.positional();
        if (items.isEmpty()) {
            if (dflt != null) {
                return dflt;
            }
            throw PyException.valueError(name + "() arg is an empty sequence");
        }
        Object key = args.keywords().getOrDefault("key", PyNone.NONE);
        Object best = items.get(0);
        Object bestKey = key instanceof PyNone ? best : apply(key, List.of(best), in);
        for (Object o : items.subList(1, items.size())) {
            Object k = key instanceof PyNone ? o : apply(key, List.of(o), in);
            if (Truth.isTrue(Operators.compare(min ? CompareOperator.LT : CompareOperator.GT, k, bestKey))) {
                best = o;
                bestKey = k;
            }
        }
        return best;
    }

    static Object sum(Args args) {
        Object[] a = args.bindRequired(1, "iterable", "start");
        Object acc = a[1] == null ? Ints.of(0) : a[1];
        if (acc instanceof String) {
            throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        for (Object o : Iteration.iterate(a[0])) {
            acc = Operators.binary(BinaryOperator.ADD, acc, o);
        }
        return acc;
    }

    static Object enumerate(Args args) {
        Object[] a = args.bindRequired(1, "iterable", "start");
        Iterator<Object> items = Iteration.lazy(a[0]);
        Object startValue = a[1] == null ? Ints.of(0) : a[1];
        if (!(startValue instanceof BigInteger || startValue instanceof Boolean)) {
            throw PyException.typeError("'" + Types.shortName(startValue) + "' object cannot be interpreted as an integer");
        }
        BigInteger[] next = {PyNumbers.toInt(startValue)};
        return PyIterator.generated("enumerate", () -> {
            if (!items.hasNext()) {
                return null;
            }
            Object pair = PyTuple.of(Ints.of(next[0]), items.next());
            next[0] = next[0].add(BigInteger.ONE);
            return pair;
        });
    }

    static Object zip(Args args) {
        for (String k : args.keywords().keySet()) {
            if (!k.equals("strict")) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for zip()");
            }
        }
        boolean strict = Truth.isTrue(args.keywords().getOrDefault("strict", Boolean.FALSE));
        List<Iterator<Object>> sources = new ArrayList<>();
        for (Object o : args.positional()) {
            sources.add(Iteration.lazy(o));
        }
        return PyIterator.generated("zip", () -> {
            if (sources.isEmpty()) {
                return null;
            }
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                if (!sources.get(i).hasNext()) {
                    if (strict) {
                        strictCheck(sources, i);
                    }
                    return null;
                }
                row.add(sources.get(i).next());
            }
            return PyTuple.of(row);
        });
    }

    /** zip(strict=True) ran out of argument {@code i}: CPython's ValueError names which one is shorter or longer. */
    private static void strictCheck(List<Iterator<Object>> sources, int i) {
        if (i > 0) {
            String plural = i == 1 ? " " : "s 1-";
            throw PyException.valueError("zip() argument " + (i + 1) + " is shorter than argument" + plural + i);
        }
        for (int k = 1; k < sources.size(); k++) {
            if (sources.get(k).hasNext()) {
                String plural = k == 1 ? " " : "s 1-";
                throw PyException.valueError("zip() argument " + (k + 1) + " is longer than argument" + plural + k);
            }
        }
    }

    static Object map(Args args, Interpreter in) {
        args.noKeywords();
        if (args.size() < 2) {
            throw PyException.typeError("map() must have at least two arguments.");
        }
        Object f = args.get(0);
        List<Iterator<Object>> sources = new ArrayList<>();
        for (Object o : args.positional().subList(1, args.size())) {
            sources.add(Iteration.lazy(o));
        }
        return PyIterator.generated("map", () -> {
            List<Object> row = new ArrayList<>();
            for (Iterator<Object> s : sources) {
                if (!s.hasNext()) {
                    return null;
                }
                row.add(s.next());
            }
            return apply(f, row, in);
        });
    }

    static Object filter(Args args, Interpreter in) {
        args.noKeywords();
        if (args.size() != 2) {
            throw PyException.typeError("filter expected 2 arguments, got " + args.size());
        }
        Object f = args.get(0);
        Iterator<Object> source = Iteration.lazy(args.get(1));
        return PyIterator.generated("filter", () -> {
            while (source.hasNext()) {
                Object o = source.next();
                if (Truth.isTrue(f instanceof PyNone ? o : apply(f, List.of(o), in))) {
                    return o;
                }
            }
            return null;
        });
    }

    static Object reversed(Args args) {
        args.noKeywords();
        if (args.size() != 1) {
            throw PyException.typeError("reversed expected 1 argument, got " + args.size());
        }
        Object v = args.get(0);
        if (!(v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof String
                || v instanceof PyDict || v instanceof DictView || v instanceof NdArray)) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object is not reversible");
        }
        List<Object> items = new ArrayList<>(Iteration.iterate(v));
        Collections.reverse(items);
        String kind = v instanceof PyList ? "list_reverseiterator" : v instanceof PyRange ? "range_iterator"
                : v instanceof PyDict ? "dict_reversekeyiterator"
                : v instanceof DictView view ? "dict_reverse" + view.kind().replaceAll("s$", "") + "iterator" : "reversed";
        return PyIterator.over(kind, items);
    }

    static Object iter(Args args) {
        args.noKeywords();
        if (args.size() != 1) {
            throw new UnsupportedFeature(args.size() == 2 ? "iter(callable, sentinel)" : "iter() without one argument");
        }
        Object v = args.get(0);
        if (v instanceof PyIterator) {
            return v;
        }
        return new PyIterator(Iteration.iteratorKind(v), Iteration.lazy(v));
    }

    static Object next(Args args) {
        args.noKeywords();
        if (args.size() < 1 || args.size() > 2) {
            throw PyException.typeError("next expected " + (args.size() < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got " + args.size());
        }
        if (!(args.get(0) instanceof PyIterator it)) {
            throw PyException.typeError("'" + Types.shortName(args.get(0)) + "' object is not an iterator");
        }
        Object o = it.next();
        if (o == null) {
            if (args.size() == 2) {
                return args.get(1);
            }
            throw new PyException("StopIteration", "");
        }
        return o;
    }
}
