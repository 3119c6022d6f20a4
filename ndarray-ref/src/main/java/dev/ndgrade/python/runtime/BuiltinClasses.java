package dev.ndgrade.python.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes of CPython and NumPy that the interpreter models as classes: {@code object} and the exception
 * hierarchy (builtin exceptions, {@code np.exceptions}, {@code np.linalg.LinAlgError}, NumPy's ufunc errors), read
 * from {@code exception-classes.tsv}, which {@code make_exception_classes.py} writes from CPython 3.11 and NumPy 2.4.
 */
final class BuiltinClasses {
    /** By {@code module.qualname}. */
    private static final Map<String, PyType> CLASSES = load();
    static final PyType OBJECT = CLASSES.get("builtins.object");
    static final PyType BASE_EXCEPTION = CLASSES.get("builtins.BaseException");

    private BuiltinClasses() {
    }

    /** The builtin class bound to {@code name} in module {@code builtins} ({@code ValueError}, {@code object}), or null. */
    static PyType builtin(String name) {
        return CLASSES.get("builtins." + name);
    }

    /** The class {@code module.qualname}; the table must have it. */
    static PyType get(String module, String qualname) {
        PyType t = CLASSES.get(module + "." + qualname);
        if (t == null) {
            throw new IllegalStateException("exception-classes.tsv has no " + module + "." + qualname);
        }
        return t;
    }

    /** Whether {@code v} is one of the C methods of these classes ({@code BaseException.__init__}…). */
    static boolean isNativeMethod(Object v) {
        return v instanceof NamedFunction && CLASSES.values().stream().anyMatch(t -> t.body().namespace().containsValue(v));
    }

    /** The classes of module {@code module}, in the table's order. */
    static List<PyType> ofModule(String module) {
        return CLASSES.values().stream().filter(t -> t.module().equals(module)).toList();
    }

    /** The methods CPython's C code gives these classes, which a snippet reaches by {@code super()} or by name. */
    private static Map<String, Object> nativeMethods(String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (key) {
            case "builtins.object" -> {
                m.put("__init__", new NamedFunction("__init__", ExceptionObjects::objectInit));
                m.put("__repr__", new NamedFunction("__repr__", args -> {
                    throw new UnsupportedFeature("the default repr of an object (it shows a memory address)");
                }));
                m.put("__str__", new NamedFunction("__str__", args -> SpecialMethods.repr(args.get(0))));
            }
            case "builtins.BaseException" -> {
                m.put("__init__", new NamedFunction("__init__", ExceptionObjects::init));
                m.put("__str__", new NamedFunction("__str__", args -> ExceptionObjects.str(ExceptionObjects.self(args))));
                m.put("__repr__", new NamedFunction("__repr__", args -> ExceptionObjects.repr(ExceptionObjects.self(args))));
            }
            case "builtins.KeyError" ->
                m.put("__str__", new NamedFunction("__str__", args -> ExceptionObjects.keyErrorStr(ExceptionObjects.self(args))));
            default -> {
            }
        }
        return m;
    }

    private static Map<String, PyType> load() {
        Map<String, PyType> classes = new LinkedHashMap<>();
        try (InputStream in = BuiltinClasses.class.getResourceAsStream("exception-classes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("exception-classes.tsv is missing from the classpath");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> add(l.split("\t", -1), classes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static void add(String[] row, Map<String, PyType> classes) {
        String module = row[0];
        String key = module + "." + row[1];
        List<PyType> bases = new ArrayList<>();
        for (String b : row[3].isEmpty() ? new String[0] : row[3].split(",")) {
            bases.add(classes.get(b));
        }
        Set<String> attributes = row[5].isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(row[5].split(",")));
        ClassBody.Origin origin = module.equals("builtins") ? ClassBody.Origin.BUILTIN : ClassBody.Origin.LIBRARY;
        ClassBody body = new ClassBody(row[1], bases, nativeMethods(key), origin, row[4].equals("custom"), attributes);
        classes.put(key, new PyType(module, row[2], body));
    }
}
