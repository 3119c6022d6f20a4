package dev.ndgrade.python.runtime;

/**
 * The builtins {@code getattr}, {@code hasattr} and {@code setattr}. A missing attribute becomes a default or False
 * only where ndgrade knows every attribute the object has (instances and classes of the interpreter's class model);
 * elsewhere a missing attribute may be one ndgrade does not implement, and answering False would be a guess.
 */
final class AttributeFunctions {
    private AttributeFunctions() {
    }

    static Object getattr(Args args) {
        args.noKeywords();
        if (args.size() < 2 || args.size() > 3) {
            throw PyException.typeError("getattr expected " + (args.size() < 2 ? "at least 2" : "at most 3")
                    + " arguments, got " + args.size());
        }
        String name = name(args.get(1));
        if (args.size() == 2) {
            return Attributes.get(args.get(0), name);
        }
        try {
            return Attributes.get(args.get(0), name);
        } catch (PyException e) {
            return whenMissing(e, args.get(0), args.get(2));
        }
    }

    static Object hasattr(Args args) {
        args.noKeywords();
        if (args.size() != 2) {
            throw PyException.typeError("hasattr expected 2 arguments, got " + args.size());
        }
        String name = name(args.get(1));
        try {
            Attributes.get(args.get(0), name);
            return true;
        } catch (PyException e) {
            return whenMissing(e, args.get(0), false);
        }
    }

    static Object setattr(Args args) {
        args.noKeywords();
        if (args.size() != 3) {
            throw PyException.typeError("setattr expected 3 arguments, got " + args.size());
        }
        Attributes.set(args.get(0), name(args.get(1)), args.get(2));
        return PyNone.NONE;
    }

    private static String name(Object v) {
        if (!(v instanceof String s)) {
            throw PyException.typeError("attribute name must be string, not '" + Types.shortName(v) + "'");
        }
        return s;
    }

    /** The answer for a missing attribute, if the error is an AttributeError ndgrade can vouch for. */
    private static Object whenMissing(PyException e, Object obj, Object answer) {
        if (!"AttributeError".equals(e.pyType())) {
            throw e;
        }
        if (!(obj instanceof PyInstance || obj instanceof PyType t && t.isClass())) {
            throw new UnsupportedFeature("testing for attributes of " + Types.shortName(obj) + " objects");
        }
        return answer;
    }
}
