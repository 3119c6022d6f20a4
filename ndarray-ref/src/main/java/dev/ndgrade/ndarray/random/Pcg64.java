package dev.ndgrade.ndarray.random;

/**
 * NumPy's PCG64 (pcg64.h): a 128-bit LCG with the XSL-RR output function, and the spare 32-bit half that NumPy's
 * {@code next_uint32} keeps from each 64-bit draw.
 */
public final class Pcg64 implements BitGenerator {
    private static final long MULT_HIGH = 2549297995355413924L;
    private static final long MULT_LOW = 4865540595714422341L;

    private long stateHigh;
    private long stateLow;
    private final long incHigh;
    private final long incLow;
    private boolean hasUint32;
    private long uinteger;

    /** {@code PCG64(seed_seq)}: four state words, initial state and stream, each high word first. */
    public Pcg64(SeedSequence seed) {
        long[] val = seed.generateState64(4);
        // pcg_setseq_128_srandom_r: inc = (initseq << 1) | 1; step; state += initstate; step
        incHigh = val[2] << 1 | val[3] >>> 63;
        incLow = val[3] << 1 | 1;
        step();
        long low = stateLow + val[1];
        stateHigh += val[0] + (Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0);
        stateLow = low;
        step();
    }

    private void step() {
        long high = unsignedMultiplyHigh(stateLow, MULT_LOW) + stateLow * MULT_HIGH + stateHigh * MULT_LOW;
        long low = stateLow * MULT_LOW;
        long sumLow = low + incLow;
        stateHigh = high + incHigh + (Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0);
        stateLow = sumLow;
    }

    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    @Override
    public long nextUint64() {
        step();
        return Long.rotateRight(stateHigh ^ stateLow, (int) (stateHigh >>> 58));
    }

    @Override
    public long nextUint32() {
        if (hasUint32) {
            hasUint32 = false;
            return uinteger;
        }
        long next = nextUint64();
        hasUint32 = true;
        uinteger = next >>> 32;
        return next & 0xFFFF_FFFFL;
    }

    @Override
    public double nextDouble() {
        return (nextUint64() >>> 11) * (1.0 / 9007199254740992.0);
    }
}
