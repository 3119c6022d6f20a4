package dev.ndgrade.ndarray.random;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Generator's standard normal (distributions.c, random_standard_normal): Marsaglia and Tsang's ziggurat on 256
 * layers. The layer tables are NumPy's own, kept as bits (make_ziggurat_tables.py), since they cannot be recomputed
 * to the last bit. Only the tail beyond the base layer is not reproduced (see {@link #tail}).
 */
final class Ziggurat {
    private static final Map<String, long[]> TABLES = load();
    private static final long[] KI = TABLES.get("ki");
    private static final double[] WI = doubles(TABLES.get("wi"));
    private static final double[] FI = doubles(TABLES.get("fi"));

    private Ziggurat() {
    }

    static double standardNormal(BitGenerator bits) {
        for (;;) {
            long r = bits.nextUint64();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            long rabs = (r >>> 1) & 0x000f_ffff_ffff_ffffL;
            double x = rabs * WI[idx];
            if ((r & 1) != 0) {
                x = -x;
            }
            if (rabs < KI[idx]) {
                return x;
            }
            if (idx == 0) {
                return tail();
            }
            if ((FI[idx - 1] - FI[idx]) * bits.nextDouble() + FI[idx] < StrictMath.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    /**
     * Beyond the base layer NumPy draws from the exponential tail through the C library's log1p, which is not
     * correctly rounded: the value (|x| > 3.65, about one draw in 4000) cannot be reproduced to the last bit.
     */
    private static double tail() {
        throw new IrreproducibleDraw("a normal draw from the ziggurat's tail, computed through the C library's log1p");
    }

    private static double[] doubles(long[] bits) {
        double[] d = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            d[i] = Double.longBitsToDouble(bits[i]);
        }
        return d;
    }

    private static Map<String, long[]> load() {
        try (InputStream in = Ziggurat.class.getResourceAsStream("ziggurat-normal.txt")) {
            if (in == null) {
                throw new IllegalStateException("ziggurat-normal.txt is missing from the classpath");
            }
            Map<String, long[]> tables = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] words = line.trim().split(" ");
                long[] values = new long[words.length - 1];
                for (int i = 1; i < words.length; i++) {
                    values[i - 1] = Long.parseUnsignedLong(words[i], 16);
                }
                tables.put(words[0], values);
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
