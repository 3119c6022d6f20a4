package dev.ndgrade.python.runtime;

/**
 * A NumPy function as a module table binds it: the parameters it declares and its body, which gets the values
 * bound to them (null for those not given).
 *
 * @param module the module that holds it, as NumPy names it ({@code numpy}, {@code numpy.lib.stride_tricks})
 */
record NumpyFunction(String module, String name, Params params, Body body) implements DeclaredFunction {

    /** The work of the function, on its bound arguments. */
    @FunctionalInterface
    interface Body {
        Object call(Object[] v);
    }

    @Override
    public Object call(Args args) {
        return body.call(params.bind(args, module, name));
    }
}
