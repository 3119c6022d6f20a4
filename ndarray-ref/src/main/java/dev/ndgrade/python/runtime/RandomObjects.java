package dev.ndgrade.python.runtime;

/** The np.random values whose repr shows a memory address: a Generator, its methods, the module's functions. */
final class RandomObjects {
    private RandomObjects() {
    }

    static boolean showAddress(Object v) {
        return v instanceof GeneratorObject || v instanceof LegacyRandomFunction || v == NumpyRandomModule.DEFAULT_RNG
                || v instanceof BoundMethod m && m.self() instanceof GeneratorObject;
    }
}
