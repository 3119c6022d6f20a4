package dev.ndgrade.python.runtime;

/** A builtin or NumPy function with its printed name ({@code <built-in function len>}, {@code <function reshape at …>}). */
public record NamedFunction(String name, PyCallable body, Args.CallStyle style) implements PyCallable {

    public NamedFunction(String name, PyCallable body) {
        this(name, body, Args.CallStyle.BUILTIN);
    }

    @Override
    public Object call(Args args) {
        return body.call(args);
    }
}
