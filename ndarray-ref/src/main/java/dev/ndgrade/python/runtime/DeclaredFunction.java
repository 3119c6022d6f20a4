package dev.ndgrade.python.runtime;

/** A NumPy function a module table binds, with the parameters it declares (checked against NumPy's signature). */
sealed interface DeclaredFunction extends PyCallable permits NumpyFunction, VariadicFunction {
    /** The module that holds it, as NumPy names it. */
    String module();

    String name();

    Params params();
}
