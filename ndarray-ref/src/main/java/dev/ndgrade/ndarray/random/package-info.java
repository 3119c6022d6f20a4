/**
 * NumPy's random numbers, bit for bit: the bit generators (PCG64 seeded through SeedSequence, the legacy MT19937),
 * the distributions NumPy draws from them, and the two samplers a snippet calls ({@link
 * dev.ndgrade.ndarray.random.Generator} for {@code np.random.default_rng}, {@link
 * dev.ndgrade.ndarray.random.RandomState} for the legacy {@code np.random.seed} functions).
 */
package dev.ndgrade.ndarray.random;
