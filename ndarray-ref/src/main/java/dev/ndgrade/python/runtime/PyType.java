package dev.ndgrade.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python type object as a snippet sees it ({@code int}, {@code list}, {@code np.ndarray}, {@code np.int64}, a
 * snippet's {@code class P}): printed as {@code <class 'numpy.int64'>} and compared by identity. Calling one is the
 * interpreter's business.
 *
 * @param module {@code builtins} for Python's own types, {@code __main__} for a snippet's classes
 * @param name   the type's {@code __name__}
 * @param body   bases, MRO and namespace of a class the interpreter models as one (a snippet's class, an exception
 *               class, {@code object}); null for the values ndgrade implements natively ({@code int}, arrays…)
 */
public record PyType(String module, String name, ClassBody body) {

    public PyType(String module, String name) {
        this(module, name, null);
    }

    /** Whether this type is a class with bases and a namespace (see {@link ClassBody}). */
    public boolean isClass() {
        return body != null;
    }

    public String qualifiedName() {
        String qualname = body == null ? name : body.qualname();
        return module.equals("builtins") ? qualname : module + "." + qualname;
    }

    /** The method resolution order, this type first ({@code __mro__}). */
    public List<PyType> mro() {
        List<PyType> mro = new ArrayList<>();
        mro.add(this);
        if (body != null) {
            mro.addAll(body.ancestors());
        }
        return mro;
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
