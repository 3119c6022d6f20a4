package dev.ndgrade.ndarray.random;

/** A source of uniformly random bits, as NumPy's {@code bitgen_t} exposes one to the distributions. */
public sealed interface BitGenerator permits Pcg64, Mt19937 {

    long nextUint64();

    /** 32 random bits in the low half of the result (read as unsigned). */
    long nextUint32();

    /** A double in [0, 1) as this generator's {@code next_double} makes it. */
    double nextDouble();
}
