package dev.ndgrade.python.runtime;

/**
 * {@code import}: numpy and the submodules it binds; a real submodule it does not bind is unsupported, a name that
 * is no module gets CPython's ModuleNotFoundError, and any module outside numpy is outside the subset.
 */
final class Modules {
    private Modules() {
    }

    static Object importModule(String name) {
        String[] parts = name.split("\\.");
        if (!parts[0].equals("numpy")) {
            throw new UnsupportedFeature("importing module '" + name + "'");
        }
        PyModule module = NumpyModule.instance();
        for (int i = 1; i < parts.length; i++) {
            module = submodule(module, parts[i], name);
        }
        return module;
    }

    private static PyModule submodule(PyModule parent, String part, String fullName) {
        if (parent.has(part) && parent.get(part) instanceof PyModule m) {
            return m;
        }
        if (Inventory.find(parent.name(), part).map(e -> e.kind() == Inventory.Kind.MODULE).orElse(false)) {
            throw new UnsupportedFeature("importing module '" + parent.name() + "." + part + "'");
        }
        if (Inventory.find(parent.name(), "__path__").isEmpty()) {
            throw new PyException("ModuleNotFoundError", "No module named '" + fullName + "'; '" + parent.name() + "' is not a package");
        }
        throw new PyException("ModuleNotFoundError", "No module named '" + fullName + "'");
    }

    /**
     * {@code from module import name} where the module binds no {@code name}: a submodule is imported; anything
     * else fails in CPython with an ImportError that names the module's file, which a transcript must not depend on.
     */
    static Object importSubmodule(PyModule module, String name) {
        Inventory.Kind kind = Inventory.find(module.name(), name).map(Inventory.Entry::kind).orElse(null);
        if (kind == Inventory.Kind.MODULE) {
            return importModule(module.name() + "." + name);
        }
        if (kind != null && kind != Inventory.Kind.REMOVED) {
            throw new UnsupportedFeature(module.name() + "." + name);
        }
        throw new UnsupportedFeature("'from " + module.name() + " import " + name
                + "' (CPython's ImportError names the module's file)");
    }
}
