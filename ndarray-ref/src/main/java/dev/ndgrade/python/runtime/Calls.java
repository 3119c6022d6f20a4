package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.Meter;
import java.util.List;
import java.util.Map;

/** Calling a value: functions, bound methods and type objects. */
public final class Calls {
    private Calls() {
    }

    /**
     * Calls {@code f}. {@code interpreter} is null only where a builtin method calls back into a builtin with no
     * interpreter at hand ({@code list.sort(key=str.lower)}); a snippet's own functions carry theirs.
     */
    public static Object call(Object f, List<Object> args, Map<String, Object> kwargs, Interpreter interpreter) {
        Meter.current().step();
        if (f instanceof UserFunction u) {
            return u.call(new Args(u.qualname() + "()", args, kwargs, Args.CallStyle.PYTHON));
        }
        if (interpreter != null) {
            interpreter.beforeCLevelCall();
            if (Mutators.mutates(f, kwargs.keySet())) {
                interpreter.effect();
            }
        }
        if (f instanceof LegacyRandomFunction lf) {
            Args call = new Args(lf.name() + "()", args, kwargs, Args.CallStyle.PYTHON);
            return RandomObjects.reproducible(() -> lf.call(interpreter.legacyRandom(), call));
        }
        if (f instanceof NamedFunction nf) {
            return nf.call(new Args(nf.name() + "()", args, kwargs, nf.style()));
        }
        if (f instanceof BoundMethod m) {
            return m.call(new Args(m.name() + "()", args, kwargs));
        }
        if (f instanceof PyCallable c) {
            return c.call(new Args(Repr.repr(f), args, kwargs));
        }
        if (f instanceof PyType t && t.isClass()) {
            return Classes.instantiate(t, new Args(t.name() + "()", args, kwargs));
        }
        if (f instanceof PyType t) {
            return Constructors.construct(t, new Args(t.name() + "()", args, kwargs));
        }
        throw PyException.typeError("'" + Types.shortName(f) + "' object is not callable");
    }

    /**
     * How CPython's errors about a call's * and ** arguments name the callee ({@code _PyObject_FunctionStr}):
     * {@code __main__.f()}, {@code len()}, {@code list()}.
     */
    static String functionString(Object f) {
        if (f instanceof UserFunction u) {
            return u.functionString();
        }
        if (f instanceof NamedFunction nf && nf.style() == Args.CallStyle.BUILTIN) {
            return nf.name() + "()";
        }
        if (f instanceof PyType t && t.module().equals("builtins")) {
            return t.name() + "()";
        }
        throw new UnsupportedFeature("this error about a call's * or ** argument");
    }
}
