package dev.ndgrade.python.runtime;

/** A function of np.random's legacy API ({@code np.random.rand}): it draws from the session's {@link LegacyRandom}. */
record LegacyRandomFunction(String name, Body body) {

    @FunctionalInterface
    interface Body {
        Object call(LegacyRandom random, Args args);
    }

    Object call(LegacyRandom random, Args args) {
        return body.call(random, args);
    }
}
