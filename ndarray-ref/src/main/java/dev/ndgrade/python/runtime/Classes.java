package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Classes at run time, as CPython's {@code type} and {@code object} implement them: making instances, finding
 * attributes along the MRO, binding methods, setting and deleting attributes.
 */
final class Classes {
    private Classes() {
    }

    /** Whether {@code type} is an exception class (a subclass of BaseException). */
    static boolean isException(PyType type) {
        return type.isClass() && type.mro().contains(BuiltinClasses.BASE_EXCEPTION);
    }

    /** The attribute {@code name} of the first class along the MRO that has it, or null. */
    static Object lookup(PyType type, String name) {
        for (PyType t : type.mro()) {
            Object v = t.isClass() ? t.body().own(name) : null;
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Calling a class: object.__new__ (BaseException.__new__ keeps the arguments as args), then __init__. */
    static Object instantiate(PyType type, Args args) {
        if (type.mro().stream().anyMatch(t -> t.body().custom())) {
            throw new UnsupportedFeature("creating " + type.name() + " objects");
        }
        PyInstance self = isException(type) ? new PyBaseException(type, PyTuple.of(args.positional())) : new PyInstance(type);
        Object init = lookup(type, "__init__");
        if (init == BuiltinClasses.OBJECT.body().own("__init__")) {
            if (args.size() > 0 || !args.keywords().isEmpty()) {
                throw PyException.typeError(type.name() + "() takes no arguments");
            }
            return self;
        }
        Object result = callMethod(init, self, args);
        if (!(result instanceof PyNone)) {
            throw PyException.typeError("__init__() should return None, not '" + Types.shortName(result) + "'");
        }
        return self;
    }

    /** Calls a function found on a class as a method of {@code self}: self goes first. */
    static Object callMethod(Object function, Object self, Args args) {
        if (!(function instanceof PyCallable f)) {
            throw PyException.typeError("'" + Types.shortName(function) + "' object is not callable");
        }
        List<Object> all = new ArrayList<>();
        all.add(self);
        all.addAll(args.positional());
        return f.call(new Args(args.function(), all, args.keywords(), args.style()));
    }

    /** A class attribute as {@code self.name} sees it: functions become methods bound to self. */
    static Object bind(Object value, Object self, String name) {
        if (value instanceof UserFunction || value instanceof NamedFunction) {
            return new BoundMethod(self, name, args -> callMethod(value, self, args));
        }
        return value;
    }

    /** {@code obj.name} on an instance: its own attributes, then its class's. */
    static Object get(PyInstance obj, String name) {
        if (name.equals("__class__")) {
            return obj.type();
        }
        if (obj instanceof PyBaseException e) {
            Object special = exceptionAttribute(e, name);
            if (special != null) {
                return special;
            }
        }
        Object own = obj.attribute(name);
        if (own != null) {
            return own;
        }
        Object found = lookup(obj.type(), name);
        if (found != null) {
            return bind(found, obj, name);
        }
        throw missing(obj.type(), name, "'" + obj.type().name() + "' object has no attribute '" + name + "'");
    }

    private static Object exceptionAttribute(PyBaseException e, String name) {
        return switch (name) {
            case "args" -> e.args().orElseThrow(() -> new UnsupportedFeature("the args of " + e.type().name()
                    + " objects NumPy raises"));
            case "__cause__" -> e.cause();
            case "__context__" -> e.context();
            case "__suppress_context__" -> e.suppressContext();
            default -> null;
        };
    }

    /** {@code C.name} on a class. */
    static Object classAttribute(PyType type, String name) {
        switch (name) {
            case "__name__": return type.name();
            case "__qualname__": return type.body().qualname();
            case "__module__": return type.module();
            case "__mro__": return PyTuple.of(type.mro());
            case "__bases__": return PyTuple.of(type.body().bases());
            default: break;
        }
        Object found = lookup(type, name);
        if (found != null) {
            return found;
        }
        throw missing(type, name, "type object '" + type.name() + "' has no attribute '" + name + "'");
    }

    /**
     * The error for an attribute a class lacks: AttributeError, unless CPython's classes do have it (a dunder such
     * as {@code __dict__}, {@code AttributeError.name}), which ndgrade does not model.
     */
    private static RuntimeException missing(PyType type, String name, String message) {
        boolean real = name.startsWith("__") && name.endsWith("__")
                || type.mro().stream().anyMatch(t -> t.body().knowsAttribute(name));
        return real ? new UnsupportedFeature("the attribute '" + name + "' of " + type.name() + " objects")
                : new PyException("AttributeError", message);
    }

    /** {@code obj.name = value}. */
    static void set(PyInstance obj, String name, Object value) {
        if (name.startsWith("__") && name.endsWith("__")) {
            throw new UnsupportedFeature("setting the attribute '" + name + "'");
        }
        if (obj instanceof PyBaseException e && name.equals("args")) {
            e.setArgs(PyTuple.of(Iteration.iterate(value)));
            return;
        }
        obj.setAttribute(name, value);
    }

    /** {@code C.name = value}: a snippet's classes change; CPython's are immutable; NumPy's are shared here. */
    static void setClassAttribute(PyType type, String name, Object value) {
        switch (type.body().origin()) {
            case BUILTIN -> throw PyException.typeError("cannot set '" + name + "' attribute of immutable type '"
                    + type.name() + "'");
            case LIBRARY -> throw new UnsupportedFeature("changing NumPy's classes");
            default -> {
                if (name.startsWith("__") && name.endsWith("__")) {
                    throw new UnsupportedFeature("setting the attribute '" + name + "' of a class");
                }
                type.body().namespace().put(name, value);
            }
        }
    }

    /** {@code del obj.name}. */
    static void delete(PyInstance obj, String name) {
        if (name.startsWith("__") && name.endsWith("__") || obj instanceof PyBaseException && name.equals("args")) {
            throw new UnsupportedFeature("deleting the attribute '" + name + "'");
        }
        if (!obj.deleteAttribute(name)) {
            throw PyException.attributeError(obj.type().name(), name);
        }
    }
}
