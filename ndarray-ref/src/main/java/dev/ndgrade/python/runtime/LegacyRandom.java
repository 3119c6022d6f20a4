package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.random.RandomState;

/**
 * The global state behind np.random's legacy functions, one per session. Until {@code np.random.seed(n)} it is
 * seeded from the operating system, so its numbers cannot be reproduced: drawing from it then is unsupported.
 */
final class LegacyRandom {
    private RandomState state;

    RandomState state(String function) {
        if (state == null) {
            throw new UnsupportedFeature("np.random." + function + " before np.random.seed(...): its numbers come from the operating system");
        }
        return state;
    }

    void seed(RandomState seeded) {
        state = seeded;
    }
}
