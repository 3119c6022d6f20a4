package dev.ndgrade.python.runtime;

import java.util.List;

/**
 * A method looked up on a builtin type ({@code str.lower}, {@code list.append}): calling it with the object first
 * calls the object's method, as {@code sorted(words, key=str.lower)} does.
 */
public record UnboundMethod(PyType owner, String name) implements PyCallable {

    /** {@code owner.name}, or CPython's AttributeError when instances of {@code owner} have no such method. */
    static UnboundMethod of(PyType owner, Object sample, String name) {
        try {
            Attributes.get(sample, name);
        } catch (PyException e) {
            throw new PyException("AttributeError", "type object '" + owner.name() + "' has no attribute '" + name + "'");
        }
        return new UnboundMethod(owner, name);
    }

    @Override
    public Object call(Args args) {
        if (args.size() == 0) {
            throw PyException.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        Object self = args.get(0);
        if (!Types.isSubclass(Types.of(self), owner)) {
            throw PyException.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + Types.shortName(self) + "' object");
        }
        Object method = Attributes.get(self, name);
        if (!(method instanceof PyCallable c)) {
            throw PyException.typeError("'" + Types.shortName(method) + "' object is not callable");
        }
        List<Object> rest = args.positional().subList(1, args.size());
        return c.call(new Args(name + "()", rest, args.keywords()));
    }

    String repr() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }
}
