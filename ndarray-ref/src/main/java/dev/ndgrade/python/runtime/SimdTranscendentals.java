package dev.ndgrade.python.runtime;

import java.util.Map;

/**
 * NumPy's transcendental ufuncs, which ndgrade refuses: on this machine NumPy runs SIMD kernels (SVML on AVX-512)
 * whose last bits differ from both Java's {@code Math} and {@code StrictMath}. The share is measured on 100,000
 * float64 values (uniform in [-10, 10], normal times 1000, uniform in [0, 1]) against NumPy 2.4.6, best of the two.
 */
final class SimdTranscendentals {
    /** Per ufunc: parts per 100,000 where the better of Math and StrictMath differs from NumPy. */
    private static final Map<String, Integer> MISMATCHES = Map.ofEntries(Map.entry("exp", 4229), Map.entry("log", 92),
            Map.entry("sin", 222), Map.entry("cos", 183), Map.entry("tan", 501), Map.entry("arctan", 4621),
            Map.entry("sinh", 22541), Map.entry("cosh", 18894), Map.entry("tanh", 24584), Map.entry("log10", 84),
            Map.entry("expm1", 6481), Map.entry("log1p", 4020), Map.entry("arcsin", 2693), Map.entry("cbrt", 8326),
            Map.entry("exp2", 4899), Map.entry("log2", 18469));

    private SimdTranscendentals() {
    }

    /** Refuses {@code numpy.<name>} with the measured mismatch when it is one of these transcendentals. */
    static void refuse(String name) {
        Integer parts = MISMATCHES.get(name);
        if (parts != null) {
            throw new UnsupportedFeature(String.format("numpy.%s (NumPy's SIMD kernel rounds differently from Java's "
                    + "math library: %.2f%% of sampled float64 values differ)", name, parts / 1000.0));
        }
    }
}
