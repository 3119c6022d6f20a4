package dev.ndgrade.python.runtime;

/** {@code import}: numpy and its submodules are available; any other module is outside the subset. */
final class Modules {
    private Modules() {
    }

    static Object importModule(String name) {
        PyModule np = NumpyModule.instance();
        switch (name) {
            case "numpy":
                return np;
            case "numpy.lib":
                return np.get("lib");
            case "numpy.lib.stride_tricks":
                return ((PyModule) np.get("lib")).get("stride_tricks");
            case "numpy.exceptions":
                return np.get("exceptions");
            case "numpy.random":
                return np.get("random");
            case "numpy.linalg":
                return np.get("linalg");
            default:
                throw new UnsupportedFeature("importing module '" + name + "'");
        }
    }

    static Object importSubmodule(String module, String name) {
        return importModule(module + "." + name);
    }
}
