package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.random.IrreproducibleDraw;
import java.util.function.Supplier;

/** What np.random's values share: reprs that show an address, and draws the reference cannot reproduce. */
final class RandomObjects {
    private RandomObjects() {
    }

    /** Runs a draw; one NumPy's result for which cannot be known here is unsupported. */
    static Object reproducible(Supplier<Object> draw) {
        try {
            return draw.get();
        } catch (IrreproducibleDraw e) {
            throw new UnsupportedFeature(e.getMessage() + ", and every draw of that generator after it");
        }
    }

    static boolean showAddress(Object v) {
        return v instanceof GeneratorObject || v instanceof LegacyRandomFunction || v == NumpyRandomModule.DEFAULT_RNG
                || v instanceof BoundMethod m && m.self() instanceof GeneratorObject;
    }
}
