package dev.ndgrade.ndarray.ufunc;

import java.util.Arrays;

/** Looks up a {@link UfuncKind} by the NumPy name the golden files use. */
final class UfuncKinds {
    private UfuncKinds() {
    }

    static UfuncKind byName(String numpyName) {
        return Arrays.stream(UfuncKind.values()).filter(k -> k.numpyName().equals(numpyName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ufunc " + numpyName));
    }
}
