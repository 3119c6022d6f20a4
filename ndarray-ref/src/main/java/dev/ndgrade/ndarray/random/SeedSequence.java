package dev.ndgrade.ndarray.random;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's {@code SeedSequence} (bit_generator.pyx): hashes the seed's 32-bit words into a pool of four words, from
 * which it expands as many state words as a bit generator needs. Only entropy is modelled: no spawn key.
 */
public final class SeedSequence {
    private static final int POOL_SIZE = 4;
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;
    private static final BigInteger WORD = BigInteger.valueOf(0xFFFF_FFFFL);

    private final int[] pool;

    private SeedSequence(int[] pool) {
        this.pool = pool;
    }

    /** The sequence for non-negative integer seeds, one or several ({@code default_rng([1, 2])}). */
    public static SeedSequence of(List<BigInteger> entropy) {
        List<Integer> words = new ArrayList<>();
        for (BigInteger e : entropy) {
            words.addAll(words(e));
        }
        return new SeedSequence(mixEntropy(words.stream().mapToInt(Integer::intValue).toArray()));
    }

    public static SeedSequence of(long seed) {
        return of(List.of(BigInteger.valueOf(seed)));
    }

    /** {@code _int_to_uint32_array}: least significant word first, and 0 is one zero word. */
    private static List<Integer> words(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("entropy must be non-negative: " + value);
        }
        List<Integer> words = new ArrayList<>();
        BigInteger v = value;
        do {
            words.add(v.and(WORD).intValue());
            v = v.shiftRight(32);
        } while (v.signum() > 0);
        return words;
    }

    private static int[] mixEntropy(int[] entropy) {
        int[] mixer = new int[POOL_SIZE];
        int[] hashConst = {INIT_A};
        for (int i = 0; i < POOL_SIZE; i++) {
            mixer[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
        }
        for (int src = 0; src < POOL_SIZE; src++) {
            for (int dst = 0; dst < POOL_SIZE; dst++) {
                if (src != dst) {
                    mixer[dst] = mix(mixer[dst], hashmix(mixer[src], hashConst));
                }
            }
        }
        for (int src = POOL_SIZE; src < entropy.length; src++) {
            for (int dst = 0; dst < POOL_SIZE; dst++) {
                mixer[dst] = mix(mixer[dst], hashmix(entropy[src], hashConst));
            }
        }
        return mixer;
    }

    private static int hashmix(int value, int[] hashConst) {
        int v = value ^ hashConst[0];
        hashConst[0] *= MULT_A;
        v *= hashConst[0];
        return v ^ (v >>> XSHIFT);
    }

    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        return result ^ (result >>> XSHIFT);
    }

    /** {@code generate_state(n, np.uint32)}. */
    public int[] generateState32(int n) {
        int[] state = new int[n];
        int hashConst = INIT_B;
        for (int i = 0; i < n; i++) {
            int v = pool[i % POOL_SIZE] ^ hashConst;
            hashConst *= MULT_B;
            v *= hashConst;
            state[i] = v ^ (v >>> XSHIFT);
        }
        return state;
    }

    /** {@code generate_state(n, np.uint64)}: the 32-bit words paired little-end first. */
    public long[] generateState64(int n) {
        int[] words = generateState32(2 * n);
        long[] state = new long[n];
        for (int i = 0; i < n; i++) {
            state[i] = Integer.toUnsignedLong(words[2 * i]) | (long) words[2 * i + 1] << 32;
        }
        return state;
    }
}
