package dev.ndgrade.python.runtime;

/** A method looked up on an object ({@code a.reshape}): it keeps the object alive, as in CPython. */
public record BoundMethod(Object self, String name, PyCallable body) implements PyCallable {
    @Override
    public Object call(Args args) {
        return body.call(new Args(name + "()", args.positional(), args.keywords()));
    }
}
