package dev.ndgrade.ndarray.print;

/**
 * The float stream of {@code make_print_golden.py} ({@code FloatStream}), bit for bit: SplitMix64, and doubles
 * drawn from it in three kinds by index: any bit pattern, a magnitude in [2^-40, 2^67), a short decimal n / 10^k.
 */
final class FloatStream {
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) {
            POW10[k] = POW10[k - 1] * 10; // exact up to 10^22
        }
    }

    private long state;

    FloatStream(long seed) {
        this.state = seed;
    }

    long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double nextDouble(int index) {
        long z = next();
        switch (index % 3) {
            case 0:
                return Double.longBitsToDouble(z);
            case 1:
                long exponent = 1023 - 40 + Long.remainderUnsigned(next(), 107);
                return Double.longBitsToDouble((z & 0x800F_FFFF_FFFF_FFFFL) | (exponent << 52));
            default:
                long modulus = (long) POW10[1 + (int) Long.remainderUnsigned(next(), 16)];
                long n = Long.remainderUnsigned(z, modulus);
                int k = (int) Long.remainderUnsigned(next(), 23);
                return (double) n / POW10[k];
        }
    }

    float nextFloat32() {
        return Float.intBitsToFloat((int) next());
    }
}
