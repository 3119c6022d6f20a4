package dev.ndgrade.python.runtime;

/**
 * A Python type object as a snippet sees it ({@code int}, {@code list}, {@code np.ndarray}, {@code np.int64}):
 * printed as {@code <class 'numpy.int64'>} and compared by identity. Calling one is the interpreter's business.
 *
 * @param module {@code builtins} for Python's own types
 */
public record PyType(String module, String name) {

    public String qualifiedName() {
        return module.equals("builtins") ? name : module + "." + name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }
}
