package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.MemoryLedger;
import dev.ndgrade.ndarray.NdArray;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Python's builtins that snippets use, plus ndgrade's {@code live_bytes()}. */
public final class Builtins {
    private static final Map<String, Object> TYPES = Map.ofEntries(
            Map.entry("int", Types.INT), Map.entry("float", Types.FLOAT), Map.entry("bool", Types.BOOL),
            Map.entry("str", Types.STR), Map.entry("list", Types.LIST), Map.entry("tuple", Types.TUPLE),
            Map.entry("range", Types.RANGE), Map.entry("type", Types.TYPE), Map.entry("dict", Types.DICT),
            Map.entry("complex", Types.COMPLEX),
            Map.entry("set", Types.SET), Map.entry("frozenset", Types.FROZENSET), Map.entry("slice", Types.SLICE), Map.entry("Ellipsis", PyEllipsis.ELLIPSIS));

    private Builtins() {
    }

    /** The builtin bound to {@code name}, or null. Functions that write output or need the namespace are bound to it. */
    static Object lookup(String name, Interpreter in) {
        Object t = TYPES.get(name);
        if (t == null) {
            t = BuiltinClasses.builtin(name);
        }
        if (t != null) {
            return t;
        }
        return in.builtin(name, Builtins::create);
    }

    /**
     * Builtins outside the subset: each is named when used, never half-done. {@code exec}/{@code eval}/{@code compile}
     * run code the transcript cannot account for; {@code input}/{@code open}/{@code help}/{@code breakpoint} need a
     * terminal or files; the namespace views ({@code globals}…, {@code dir}) list names CPython has and ndgrade not.
     */
    private static final Set<String> UNSUPPORTED = Set.of("input", "open", "exec", "eval", "compile", "globals",
            "locals", "vars", "dir", "help", "breakpoint", "__import__", "delattr", "memoryview", "bytearray", "bytes",
            "aiter", "anext");

    /** The builtin function {@code name} bound to this interpreter, or null: made once per interpreter. */
    private static Object create(String name, Interpreter in) {
        if (UNSUPPORTED.contains(name)) {
            return new NamedFunction(name, args -> {
                throw new UnsupportedFeature("the builtin " + name + "()");
            });
        }
        PyCallable body = function(name, in);
        return body == null ? null : new NamedFunction(name, body);
    }

    /** The table: each builtin's name and body. */
    private static PyCallable function(String name, Interpreter in) {
        return switch (name) {
            case "print" -> args -> print(args, in);
            case "len" -> args -> len(exactlyOne(args));
            case "id" -> args -> Ints.of(in.identity(exactlyOne(args)));
            case "isinstance" -> Builtins::isinstance;
            case "issubclass" -> Builtins::issubclass;
            case "getattr" -> AttributeFunctions::getattr;
            case "hasattr" -> AttributeFunctions::hasattr;
            case "setattr" -> AttributeFunctions::setattr;
            case "super" -> args -> PySuper.of(args, in);
            case "repr" -> args -> Repr.repr(exactlyOne(args));
            case "ascii" -> args -> Conversions.ascii(Repr.repr(exactlyOne(args)));
            case "format" -> args -> {
                Object[] a = args.bindRequired(1, "value", "format_spec");
                return ValueFormat.format(a[0], a[1] == null ? "" : formatSpec(a[1]));
            };
            case "abs" -> args -> NumberBuiltins.abs(exactlyOne(args));
            case "round" -> NumberBuiltins::round;
            case "divmod" -> NumberBuiltins::divmod;
            case "pow" -> NumberBuiltins::pow;
            case "hex" -> args -> NumberBuiltins.radix(exactlyOne(args), 16, "0x");
            case "oct" -> args -> NumberBuiltins.radix(exactlyOne(args), 8, "0o");
            case "bin" -> args -> NumberBuiltins.radix(exactlyOne(args), 2, "0b");
            case "chr" -> args -> NumberBuiltins.chr(exactlyOne(args));
            case "ord" -> args -> NumberBuiltins.ord(exactlyOne(args));
            case "hash" -> args -> Ints.of(Hashing.pyHash(exactlyOne(args)));
            case "callable" -> args -> isCallable(exactlyOne(args));
            case "min" -> args -> IterableBuiltins.extreme(args, true, in);
            case "max" -> args -> IterableBuiltins.extreme(args, false, in);
            case "sum" -> IterableBuiltins::sum;
            case "any" -> args -> Iteration.iterate(exactlyOne(args)).stream().anyMatch(Truth::isTrue);
            case "all" -> args -> Iteration.iterate(exactlyOne(args)).stream().allMatch(Truth::isTrue);
            case "sorted" -> args -> IterableBuiltins.sorted(args, in);
            case "enumerate" -> IterableBuiltins::enumerate;
            case "zip" -> IterableBuiltins::zip;
            case "map" -> args -> IterableBuiltins.map(args, in);
            case "filter" -> args -> IterableBuiltins.filter(args, in);
            case "reversed" -> IterableBuiltins::reversed;
            case "iter" -> IterableBuiltins::iter;
            case "next" -> IterableBuiltins::next;
            case "live_bytes" -> args -> Ints.of(liveBytes(in));
            case "peak_bytes" -> args -> Ints.of(in.peakBytes());
            default -> null;
        };
    }

    private static String formatSpec(Object spec) {
        if (!(spec instanceof String s)) {
            throw PyException.typeError("format() argument 2 must be str, not " + Types.shortName(spec));
        }
        return s;
    }

    private static boolean isCallable(Object v) {
        return v instanceof PyCallable || v instanceof PyType;
    }

    private static Object exactlyOne(Args args) {
        args.noKeywords();
        if (args.size() != 1) {
            throw PyException.typeError(args.function() + " takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    private static Object print(Args args, Interpreter in) {
        Object sep = args.keywords().getOrDefault("sep", PyNone.NONE);
        Object end = args.keywords().getOrDefault("end", PyNone.NONE);
        for (String k : args.keywords().keySet()) {
            if (!k.equals("sep") && !k.equals("end") && !k.equals("flush")) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for print()");
            }
        }
        String s = sep instanceof PyNone ? " " : sepString(sep, "sep");
        String e = end instanceof PyNone ? "\n" : sepString(end, "end");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(s);
            }
            sb.append(Repr.str(args.get(i)));
        }
        in.write(sb.append(e).toString());
        return PyNone.NONE;
    }

    private static String sepString(Object v, String what) {
        if (!(v instanceof String s)) {
            throw PyException.typeError(what + " must be None or a string, not " + Types.shortName(v));
        }
        return s;
    }

    /** {@code len(v)}. */
    static Object len(Object v) {
        long n;
        if (v instanceof String s) {
            n = s.codePointCount(0, s.length());
        } else if (v instanceof PyList l) {
            n = l.items().size();
        } else if (v instanceof PyTuple t) {
            n = t.items().size();
        } else if (v instanceof PyDict d) {
            n = d.size();
        } else if (v instanceof DictView view) {
            n = view.dict().size();
        } else if (v instanceof PySet set) {
            n = set.size();
        } else if (v instanceof PyRange r) {
            n = r.length();
        } else if (v instanceof NdArray a) {
            if (a.ndim() == 0) {
                throw PyException.typeError("len() of unsized object");
            }
            n = a.dim(0);
        } else if (v instanceof PyInstance i) {
            n = SpecialMethods.len(i);
        } else {
            throw PyException.typeError("object of type '" + Types.shortName(v) + "' has no len()");
        }
        return Ints.of(n);
    }

    private static Object isinstance(Args args) {
        args.noKeywords();
        if (args.size() != 2) {
            throw PyException.typeError("isinstance expected 2 arguments, got " + args.size());
        }
        return inheritsFrom(Types.of(args.get(0)), args.get(1),
                "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static Object issubclass(Args args) {
        args.noKeywords();
        if (args.size() != 2) {
            throw PyException.typeError("issubclass expected 2 arguments, got " + args.size());
        }
        if (!(args.get(0) instanceof PyType actual)) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
        }
        return inheritsFrom(actual, args.get(1), "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** Whether {@code actual} is a subclass of the class, or of one of the tuple of classes, {@code cls}. */
    private static boolean inheritsFrom(PyType actual, Object cls, String notAClass) {
        List<Object> classes = cls instanceof PyTuple t ? t.items() : List.of(cls);
        for (Object c : classes) {
            if (!(c instanceof PyType type)) {
                throw PyException.typeError(notAClass);
            }
            if (Types.isSubclass(actual, type)) {
                return true;
            }
        }
        return false;
    }

    /** {@code live_bytes()}: array data reachable from any name in the current scopes. */
    static long liveBytes(Interpreter in) {
        if (tracebackAlive(in)) {
            throw new UnsupportedFeature("live_bytes() while a caught exception is alive (its traceback keeps frames alive)");
        }
        return ledger(in).liveBytes();
    }

    /** The memory ledger of an interpreter: every array reachable from each bound name. */
    public static MemoryLedger ledger(Interpreter in) {
        Map<String, List<NdArray>> roots = new LinkedHashMap<>();
        in.frames().forEach(f -> addRoots(f, roots));
        List<NdArray> held = new ArrayList<>();
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object v : in.temporaries().values()) {
            collect(v, held, seen);
        }
        if (!held.isEmpty()) {
            roots.put("(a temporary)", held);
        }
        return MemoryLedger.of(roots);
    }

    private static void addRoots(Frame f, Map<String, List<NdArray>> roots) {
        for (Map.Entry<String, Object> e : f.bindings().entrySet()) {
            List<NdArray> arrays = new ArrayList<>();
            collect(e.getValue(), arrays, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            roots.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(arrays);
        }
    }

    private static void collect(Object v, List<NdArray> out, Set<Object> seen) {
        reach(v, seen, o -> {
            if (o instanceof NdArray a) {
                out.add(a);
            }
        });
    }

    /** Visits v and every object it keeps alive (arrays are leaves: the ledger follows their bases itself). */
    private static void reach(Object v, Set<Object> seen, Consumer<Object> visit) {
        if (v instanceof PyNone || v instanceof Boolean || v instanceof BigInteger || v instanceof Double
                || v instanceof String || v instanceof dev.ndgrade.ndarray.Scalar) {
            return; // holds no array; lists of a million Nones are common in the course material
        }
        if (!seen.add(v)) {
            return;
        }
        visit.accept(v);
        List<Object> held = new ArrayList<>();
        if (v instanceof FlagsObject f && f.array() != null) {
            held.add(f.array());
        } else if (v instanceof dev.ndgrade.ndarray.DummyArray d) {
            held.add(d.base());
        } else if (v instanceof PyList l) {
            held.addAll(l.items());
        } else if (v instanceof PyTuple t) {
            held.addAll(t.items());
        } else if (v instanceof PyDict d) {
            d.pairs().forEach(kv -> held.addAll(List.of(kv)));
        } else if (v instanceof BoundMethod m) {
            held.add(m.self());
        } else if (v instanceof PyInstance i) {
            held.addAll(i.attributeValues());
            if (i instanceof PyBaseException e) {
                e.args().ifPresent(held::add);
            }
        } else if (v instanceof PyType t && t.isClass()) {
            held.addAll(t.body().namespace().values());
        } else if (v instanceof UserFunction f) {
            held.addAll(f.referents());
        }
        held.forEach(o -> reach(o, seen, visit));
    }

    /**
     * Whether a caught exception is alive: its traceback keeps the frames it passed through alive, with their
     * arrays, which ndgrade does not model. While an exception is being handled, CPython keeps it alive too.
     */
    private static boolean tracebackAlive(Interpreter in) {
        if (!in.handling().isEmpty()) {
            return true;
        }
        boolean[] found = {false};
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Object> check = o -> found[0] |= o instanceof PyBaseException e && e.caught();
        in.frames().forEach(f -> f.bindings().values().forEach(v -> reach(v, seen, check)));
        return found[0];
    }
}
