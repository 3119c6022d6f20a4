package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Param;
import java.util.List;

/**
 * {@code super()} inside a method of class {@code owner}: attributes come from the classes after {@code owner} in
 * the MRO of {@code self}'s class, and functions are bound to {@code self}.
 */
record PySuper(PyType owner, Object self) {

    /** {@code super()} in a method: the class whose body defined the running function, and its first argument. */
    static PySuper of(Args args, Interpreter in) {
        args.noKeywords();
        if (args.size() == 2 && args.get(0) instanceof PyType owner && owner.isClass()
                && Types.isSubclass(Types.of(args.get(1)), owner)) {
            return new PySuper(owner, args.get(1));
        }
        if (args.size() != 0) {
            throw new UnsupportedFeature("this form of super()");
        }
        UserFunction f = in.runningFunction();
        List<Param> params = f == null ? List.of() : f.code().positionalParameters();
        if (params.isEmpty()) {
            throw new PyException("RuntimeError", "super(): no arguments");
        }
        PyType owner = in.methodClass(f);
        if (owner == null) {
            // a function nested in a method has __class__ too (as a closure), which ndgrade does not track
            throw new UnsupportedFeature("super() outside the methods of a class body");
        }
        Object self = in.frame().lookup(params.get(0).name());
        if (self == null || !Types.isSubclass(Types.of(self), owner)) {
            throw new UnsupportedFeature("super() whose first argument is not an instance of its class");
        }
        return new PySuper(owner, self);
    }

    Object get(String name) {
        List<PyType> mro = Types.of(self).mro();
        for (PyType t : mro.subList(mro.indexOf(owner) + 1, mro.size())) {
            Object v = t.isClass() ? t.body().own(name) : null;
            if (v != null) {
                return Classes.bind(v, self, name);
            }
        }
        throw PyException.attributeError("super", name);
    }
}
