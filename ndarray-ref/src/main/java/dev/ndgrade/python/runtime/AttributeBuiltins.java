package dev.ndgrade.python.runtime;

/** {@code getattr}, {@code hasattr}, {@code setattr} and {@code delattr} over {@link Attributes}. */
final class AttributeBuiltins {
    private AttributeBuiltins() {
    }

    private static String name(Args args, String function) {
        Object n = args.get(1);
        if (!(n instanceof String s)) {
            throw PyException.typeError("attribute name must be string, not '" + Types.shortName(n) + "'");
        }
        return s;
    }

    private static void arity(Args args, String function, int min, int max) {
        args.noKeywords();
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : args.size() < min ? "at least " + min : "at most " + max;
            throw PyException.typeError(function + " expected " + expected + " arguments, got " + args.size());
        }
    }

    static Object getattr(Args args) {
        arity(args, "getattr", 2, 3);
        String attr = name(args, "getattr");
        try {
            return Attributes.get(args.get(0), attr);
        } catch (PyException e) {
            if (args.size() == 3 && e.pyType().equals("AttributeError")) {
                return args.get(2);
            }
            throw e;
        }
    }

    static Object hasattr(Args args) {
        arity(args, "hasattr", 2, 2);
        String attr = name(args, "hasattr");
        try {
            Attributes.get(args.get(0), attr);
            return true;
        } catch (PyException e) {
            if (e.pyType().equals("AttributeError")) {
                return false;
            }
            throw e;
        }
    }

    static Object setattr(Args args) {
        arity(args, "setattr", 3, 3);
        Attributes.set(args.get(0), name(args, "setattr"), args.get(2));
        return PyNone.NONE;
    }

    static Object delattr(Args args) {
        arity(args, "delattr", 2, 2);
        String attr = name(args, "delattr");
        Attributes.get(args.get(0), attr); // a missing attribute is CPython's AttributeError
        throw new UnsupportedFeature("delattr() of '" + attr + "'");
    }
}
