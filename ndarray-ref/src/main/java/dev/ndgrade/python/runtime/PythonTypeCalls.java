package dev.ndgrade.python.runtime;

import java.util.Map;

/**
 * Calling Python's own types, one table entry per type: {@code int('7')}, {@code list(x)}, {@code dict(a=1)}, with
 * the argument checks and messages of CPython 3.11 (each type parses its arguments its own way).
 */
final class PythonTypeCalls {
    private static final Map<PyType, PyCallable> TABLE = Map.ofEntries(
            Map.entry(Types.INT, PythonTypeCalls::newInt),
            Map.entry(Types.FLOAT, args -> Constructors.toFloat(atMostOne(args, "float", 0.0))),
            Map.entry(Types.BOOL, args -> Truth.isTrue(atMostOne(args, "bool", Boolean.FALSE))),
            Map.entry(Types.STR, PythonTypeCalls::newStr),
            Map.entry(Types.LIST, args -> new PyList(Iteration.iterate(atMostOne(args, "list", PyTuple.EMPTY)))),
            Map.entry(Types.TUPLE, args -> atMostOne(args, "tuple", PyTuple.EMPTY) instanceof PyTuple t ? t
                    : PyTuple.of(Iteration.iterate(args.get(0)))),
            Map.entry(Types.SET, args -> PySetMethods.of(false, atMostOne(args, "set", null))),
            // frozenset(f) of a frozenset is f itself
            Map.entry(Types.FROZENSET, args -> atMostOne(args, "frozenset", null) instanceof PySet s && s.frozen() ? s
                    : PySetMethods.of(true, args.size() == 0 ? null : args.get(0))),
            Map.entry(Types.DICT, PythonTypeCalls::newDict),
            Map.entry(Types.COMPLEX, PythonTypeCalls::newComplex),
            Map.entry(Types.RANGE, PythonTypeCalls::newRange),
            Map.entry(Types.SLICE, PythonTypeCalls::newSlice));

    private PythonTypeCalls() {
    }

    /** The call of Python type {@code t}, or null when {@code t} is not one of them ({@code type} has its own). */
    static PyCallable of(PyType t) {
        return TABLE.get(t);
    }

    /** {@code float(x)}, {@code list(x)}...: types that take one optional positional argument and no keywords. */
    private static Object atMostOne(Args args, String type, Object none) {
        if (!args.keywords().isEmpty()) {
            throw PyException.typeError(type + "() takes no keyword arguments");
        }
        if (args.size() > 1) {
            throw PyException.typeError(type + " expected at most 1 argument, got " + args.size());
        }
        return args.size() == 0 ? none : args.get(0);
    }

    /** {@code int(x=0, /, base=10)}: a base is read only from strings. */
    private static Object newInt(Args args) {
        if (args.keywords().containsKey("x")) {
            throw PyException.typeError("'x' is an invalid keyword argument for int()");
        }
        int given = args.size() + args.keywords().size();
        if (given > 2) {
            throw PyException.typeError("int() takes at most 2 arguments (" + given + " given)");
        }
        Object[] v = args.bindPyArg("x", "base");
        if (v[1] == null) {
            return Constructors.toInt(v[0] == null ? Ints.of(0) : v[0]);
        }
        if (!(v[0] instanceof String text)) {
            throw PyException.typeError(v[0] == null ? "int() missing string argument" : "int() can't convert non-string with explicit base");
        }
        Long base = Subscripts.asIndex(v[1]);
        if (base == null) {
            throw PyException.typeError("'" + Types.shortName(v[1]) + "' object cannot be interpreted as an integer");
        }
        return Ints.of(NumberParsing.parseInt(text, (int) Math.max(-1, Math.min(base, 99))));
    }

    /** {@code str(object='')}; decoding bytes (encoding=, errors=) is outside the subset. */
    private static Object newStr(Args args) {
        Object[] v = args.bindPyArg("object", "encoding", "errors");
        if (v[1] != null || v[2] != null) {
            throw new UnsupportedFeature("str() with an encoding");
        }
        return v[0] == null ? "" : Repr.str(v[0]);
    }

    /** {@code dict(mapping_or_pairs, **kwargs)}. */
    private static Object newDict(Args args) {
        if (args.size() > 1) {
            throw PyException.typeError("dict expected at most 1 argument, got " + args.size());
        }
        PyDict d = new PyDict();
        PyDictMethods.update(d, args);
        return d;
    }

    /** {@code complex(real=0, imag=0)} of numbers; parsing a string is outside the subset. */
    private static Object newComplex(Args args) {
        Object[] a = args.bind("real", "imag");
        if (a[0] instanceof String) {
            if (a[1] != null) {
                throw PyException.typeError("complex() can't take second arg if first is a string");
            }
            throw new UnsupportedFeature("complex() of a string");
        }
        if (a[1] instanceof String) {
            throw PyException.typeError("complex() second arg can't be a string");
        }
        PyComplex re = a[0] == null ? new PyComplex(0, 0) : PyNumbers.toComplex(Constructors.pythonNumber(a[0], "first argument"));
        PyComplex im = a[1] == null ? new PyComplex(0, 0) : PyNumbers.toComplex(Constructors.pythonNumber(a[1], "second argument"));
        return new PyComplex(re.re() - im.im(), re.im() + im.re()); // complex(a, b) is a + b*1j
    }

    private static Object newRange(Args args) {
        args.noKeywords();
        if (args.size() < 1 || args.size() > 3) {
            throw PyException.typeError(args.size() < 1 ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + args.size());
        }
        long[] v = new long[args.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = NumpyArgs.integer(args.get(i));
        }
        if (v.length == 3 && v[2] == 0) {
            throw PyException.valueError("range() arg 3 must not be zero");
        }
        return v.length == 1 ? new PyRange(0, v[0], 1) : new PyRange(v[0], v[1], v.length == 3 ? v[2] : 1);
    }

    private static Object newSlice(Args args) {
        args.noKeywords();
        if (args.size() < 1 || args.size() > 3) {
            throw PyException.typeError(args.size() < 1 ? "slice expected at least 1 argument, got 0"
                    : "slice expected at most 3 arguments, got " + args.size());
        }
        return args.size() == 1 ? new PySlice(PyNone.NONE, args.get(0), PyNone.NONE)
                : new PySlice(args.get(0), args.get(1), args.size() == 3 ? args.get(2) : PyNone.NONE);
    }
}
