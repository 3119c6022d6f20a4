package dev.ndgrade.python.runtime;

/** A method looked up on an object ({@code a.reshape}): it keeps the object alive, as in CPython. */
public record BoundMethod(Object self, String name, PyCallable body) implements PyCallable {
    @Override
    public Object call(Args args) {
        // ndarray's methods are C methods parsed by npy_parse_arguments
        return body.call(new Args(name + "()", args.positional(), args.keywords(),
                self instanceof dev.ndgrade.ndarray.NdArray ? Args.CallStyle.NUMPY_C : args.style()));
    }
}
