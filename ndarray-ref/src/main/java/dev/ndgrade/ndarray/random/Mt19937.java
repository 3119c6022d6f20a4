package dev.ndgrade.ndarray.random;

/** The Mersenne Twister behind NumPy's legacy {@code np.random} functions, seeded as {@code np.random.seed} does. */
public final class Mt19937 implements BitGenerator {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;

    private Mt19937() {
    }

    /** {@code mt19937_seed}: Knuth's generator fills the key from one 32-bit seed. */
    public static Mt19937 seeded(long seed) {
        Mt19937 mt = new Mt19937();
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            mt.key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        mt.pos = N;
        return mt;
    }

    /** {@code mt19937_init_by_array}: the reference implementation's seeding from several 32-bit words. */
    public static Mt19937 seeded(int[] initKey) {
        Mt19937 mt = seeded(19650218L);
        int[] k = mt.key;
        int i = 1;
        int j = 0;
        for (int n = Math.max(N, initKey.length); n > 0; n--) {
            k[i] = (k[i] ^ ((k[i - 1] ^ (k[i - 1] >>> 30)) * 1664525)) + initKey[j] + j;
            i++;
            j++;
            if (i >= N) {
                k[0] = k[N - 1];
                i = 1;
            }
            if (j >= initKey.length) {
                j = 0;
            }
        }
        for (int n = N - 1; n > 0; n--) {
            k[i] = (k[i] ^ ((k[i - 1] ^ (k[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                k[0] = k[N - 1];
                i = 1;
            }
        }
        k[0] = UPPER_MASK;
        return mt;
    }

    private void generate() {
        for (int i = 0; i < N; i++) {
            int y = (key[i] & UPPER_MASK) | (key[(i + 1) % N] & LOWER_MASK);
            key[i] = key[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        pos = 0;
    }

    @Override
    public long nextUint32() {
        if (pos == N) {
            generate();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return Integer.toUnsignedLong(y);
    }

    @Override
    public long nextUint64() {
        return nextUint32() << 32 | nextUint32();
    }

    /** Two draws, 27 and 26 bits, make the 53-bit double (mt19937_next_double). */
    @Override
    public double nextDouble() {
        long a = nextUint32() >>> 5;
        long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }
}
