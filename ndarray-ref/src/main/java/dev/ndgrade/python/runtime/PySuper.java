package dev.ndgrade.python.runtime;

import java.util.List;

/**
 * {@code super()} inside a method of class {@code owner}: attributes come from the classes after {@code owner} in
 * the MRO of {@code self}'s class, and functions are bound to {@code self}.
 */
record PySuper(PyType owner, Object self) {

    Object get(String name) {
        List<PyType> mro = Types.of(self).mro();
        for (PyType t : mro.subList(mro.indexOf(owner) + 1, mro.size())) {
            Object v = t.isClass() ? t.body().own(name) : null;
            if (v != null) {
                return Classes.bind(v, self, name);
            }
        }
        throw PyException.attributeError("super", name);
    }
}
