package dev.ndgrade.ndarray.layout;

import java.math.BigInteger;

/**
 * NumPy's solver for bounded linear Diophantine equations with positive coefficients ({@code mem_overlap.c}):
 *
 * <pre>   a[0]*x[0] + ... + a[n-1]*x[n-1] == b,   0 &lt;= x[i] &lt;= ub[i],   a[i] &gt; 0</pre>
 *
 * by depth-first search over the candidate values that Euclid's algorithm leaves, counting work exactly as NumPy
 * does so that a work bound gives up at the same point. Intermediate products that may exceed 64 bits are
 * checked; the rare search nodes whose values come near 2^62 fall back to exact big-integer arithmetic.
 */
final class Diophantine {
    static final String INVALID_PROBLEM = "Error in computing overlap";

    private static final long FAST_LIMIT = 1L << 62;
    private static final int NODE_NO = 0;
    private static final int NODE_OK = 1;
    private static final int NODE_OVERFLOW = 2;

    private final int n;
    private final long[] a;
    private final long[] ub;
    private final long[] x;
    private final long maxWork;
    private final boolean requireUbNontrivial;
    /** Reduced problems: gcd of a[0..j+1], its variable's bound, and the Bezout coefficients. */
    private final long[] reducedA;
    private final long[] reducedUb;
    private final long[] gamma;
    private final long[] epsilon;
    private long count;
    /** Results of {@link #node}: candidate count minus one and the first candidate pair. */
    private long spanT;
    private long firstX1;
    private long firstX2;

    private Diophantine(int n, long[] a, long[] ub, long maxWork, boolean requireUbNontrivial, long[] x) {
        this.n = n;
        this.a = a;
        this.ub = ub;
        this.maxWork = maxWork;
        this.requireUbNontrivial = requireUbNontrivial;
        this.x = x;
        this.reducedA = new long[n];
        this.reducedUb = new long[n];
        this.gamma = new long[n];
        this.epsilon = new long[n];
    }

    /**
     * {@code solve_diophantine} over the first {@code n} terms. A negative {@code maxWork} means no bound. With
     * {@code requireUbNontrivial} every ub must be even, {@code b} is replaced by sum(a*ub/2), and the trivial
     * solution x = ub/2 does not count. On YES, {@code x} holds a solution.
     *
     * @throws LayoutException RuntimeError for a coefficient that is not positive or an invalid nontrivial problem
     */
    static OverlapResult solve(int n, long[] a, long[] ub, long b, long maxWork, boolean requireUbNontrivial,
                               long[] x) {
        for (int j = 0; j < n; j++) {
            if (a[j] <= 0) {
                throw new LayoutException("RuntimeError", INVALID_PROBLEM);
            } else if (ub[j] < 0) {
                return OverlapResult.NO;
            }
        }
        if (requireUbNontrivial) {
            b = halfBoundSum(n, a, ub);
        }
        if (b < 0) {
            return OverlapResult.NO;
        }
        if (n == 0) {
            return !requireUbNontrivial && b == 0 ? OverlapResult.YES : OverlapResult.NO;
        }
        if (n == 1) {
            if (requireUbNontrivial || b % a[0] != 0) {
                return OverlapResult.NO;
            }
            x[0] = b / a[0];
            return x[0] >= 0 && x[0] <= ub[0] ? OverlapResult.YES : OverlapResult.NO;
        }
        Diophantine search = new Diophantine(n, a, ub, maxWork, requireUbNontrivial, x);
        if (!search.precompute()) {
            return OverlapResult.OVERFLOW;
        }
        return search.dfs(n - 1, b);
    }

    /**
     * {@code diophantine_simplify}: sorts the terms by coefficient descending, merges equal coefficients, trims each
     * bound to b/a and drops variables bound to 0. The answer (feasible or not) is unchanged.
     *
     * @return the new number of terms, or -1 on integer overflow
     */
    static int simplify(int n, long[] a, long[] ub, long b) {
        for (int j = 0; j < n; j++) {
            if (ub[j] < 0) {
                return n;
            }
        }
        if (b < 0) {
            return n;
        }
        sortByCoefficientDescending(n, a, ub);
        boolean overflow = false;
        int last = 0;
        int m = n;
        for (int j = 1; j < m; j++) {
            if (a[last] == a[j]) {
                long sum = ub[last] + ub[j];
                overflow |= addOverflows(ub[last], ub[j], sum);
                ub[last] = sum;
                n--;
            } else {
                last++;
                a[last] = a[j];
                ub[last] = ub[j];
            }
        }
        m = n;
        int kept = 0;
        for (int j = 0; j < m; j++) {
            long bound = Math.min(ub[j], b / a[j]);
            if (bound != 0) {
                a[kept] = a[j];
                ub[kept] = bound;
                kept++;
            }
        }
        return overflow ? -1 : kept;
    }

    /** Stable, like the glibc merge sort NumPy's {@code qsort} call runs on. */
    static void sortByCoefficientDescending(int n, long[] a, long[] ub) {
        for (int i = 1; i < n; i++) {
            long ai = a[i];
            long ui = ub[i];
            int j = i - 1;
            while (j >= 0 && a[j] < ai) {
                a[j + 1] = a[j];
                ub[j + 1] = ub[j];
                j--;
            }
            a[j + 1] = ai;
            ub[j + 1] = ui;
        }
    }

    private static long halfBoundSum(int n, long[] a, long[] ub) {
        long sum = 0;
        boolean overflow = false;
        for (int j = 0; j < n; j++) {
            if (ub[j] % 2 != 0) {
                throw new LayoutException("RuntimeError", INVALID_PROBLEM);
            }
            long half = ub[j] / 2;
            long product = a[j] * half;
            overflow |= Math.multiplyHigh(a[j], half) != (product >> 63);
            long next = sum + product;
            overflow |= addOverflows(sum, product, next);
            sum = next;
        }
        if (overflow) {
            throw new LayoutException("RuntimeError", INVALID_PROBLEM);
        }
        return sum;
    }

    /** {@code diophantine_precompute}; false on overflow. */
    private boolean precompute() {
        euclid(a[0], a[1], 0);
        if (n > 2) {
            long c1 = a[0] / reducedA[0];
            long c2 = a[1] / reducedA[0];
            long bound = checkedLinear(ub[0], c1, ub[1], c2);
            if (bound < 0) {
                return false;
            }
            reducedUb[0] = bound;
        }
        for (int j = 2; j < n; j++) {
            euclid(reducedA[j - 2], a[j], j - 1);
            if (j < n - 1) {
                long c1 = reducedA[j - 2] / reducedA[j - 1];
                long c2 = a[j] / reducedA[j - 1];
                long bound = checkedLinear(c1, reducedUb[j - 2], c2, ub[j]);
                if (bound < 0) {
                    return false;
                }
                reducedUb[j - 1] = bound;
            }
        }
        return true;
    }

    /** p*q + r*s for non-negative operands, or -1 when it overflows. */
    private static long checkedLinear(long p, long q, long r, long s) {
        long pq = p * q;
        long rs = r * s;
        if (Math.multiplyHigh(p, q) != 0 || pq < 0 || Math.multiplyHigh(r, s) != 0 || rs < 0) {
            return -1;
        }
        long sum = pq + rs;
        return sum < 0 ? -1 : sum;
    }

    /** Extended Euclid for positive a1, a2: gamma*a1 + epsilon*a2 == gcd, stored at index {@code at}. */
    private void euclid(long a1, long a2, int at) {
        long gamma1 = 1;
        long gamma2 = 0;
        long epsilon1 = 0;
        long epsilon2 = 1;
        while (true) {
            if (a2 > 0) {
                long r = a1 / a2;
                a1 -= r * a2;
                gamma1 -= r * gamma2;
                epsilon1 -= r * epsilon2;
            } else {
                reducedA[at] = a1;
                gamma[at] = gamma1;
                epsilon[at] = epsilon1;
                return;
            }
            if (a1 > 0) {
                long r = a2 / a1;
                a2 -= r * a1;
                gamma2 -= r * gamma1;
                epsilon2 -= r * epsilon1;
            } else {
                reducedA[at] = a2;
                gamma[at] = gamma2;
                epsilon[at] = epsilon2;
                return;
            }
        }
    }

    /** {@code diophantine_dfs}: decides sum(a[0..v]*x[0..v]) == b. */
    private OverlapResult dfs(int v, long b) {
        if (maxWork >= 0 && count >= maxWork) {
            return OverlapResult.TOO_HARD;
        }
        long a1 = v == 1 ? a[0] : reducedA[v - 2];
        long u1 = v == 1 ? ub[0] : reducedUb[v - 2];
        long a2 = a[v];
        long u2 = ub[v];
        long gcd = reducedA[v - 1];
        if (b % gcd != 0) {
            count++;
            return OverlapResult.NO;
        }
        long c1 = a2 / gcd;
        long c2 = a1 / gcd;
        int node = node(b / gcd, c1, c2, u1, u2, gamma[v - 1], epsilon[v - 1]);
        if (node == NODE_OVERFLOW) {
            return OverlapResult.OVERFLOW;
        }
        if (node == NODE_NO) {
            count++;
            return OverlapResult.NO;
        }
        long span = spanT;
        long x2 = firstX2;
        if (v == 1) {
            x[0] = firstX1;
            x[1] = x2;
            if (requireUbNontrivial && isTrivial()) {
                count++;
                return OverlapResult.NO;
            }
            return OverlapResult.YES;
        }
        for (long t = 0; t <= span; t++) {
            long xv = x2 - c2 * t;
            x[v] = xv;
            long used = a2 * xv;
            long rest = b - used;
            if (Math.multiplyHigh(a2, xv) != (used >> 63) || subtractOverflows(b, used, rest)) {
                return OverlapResult.OVERFLOW;
            }
            OverlapResult result = dfs(v - 1, rest);
            if (result != OverlapResult.NO) {
                return result;
            }
        }
        count++;
        return OverlapResult.NO;
    }

    private boolean isTrivial() {
        for (int j = 0; j < n; j++) {
            if (x[j] != ub[j] / 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * The candidates of one search node: x1 = gamma*c + c1*t in [0, u1] and x2 = epsilon*c - c2*t in [0, u2].
     * On NODE_OK, t is shifted to start at 0 and {@link #spanT}, {@link #firstX1}, {@link #firstX2} are set.
     */
    private int node(long c, long c1, long c2, long u1, long u2, long gamma, long epsilon) {
        long x10 = gamma * c;
        long x20 = epsilon * c;
        boolean small = Math.multiplyHigh(gamma, c) == (x10 >> 63) && Math.multiplyHigh(epsilon, c) == (x20 >> 63)
                && x10 > -FAST_LIMIT && x10 < FAST_LIMIT && x20 > -FAST_LIMIT && x20 < FAST_LIMIT
                && u1 < FAST_LIMIT && u2 < FAST_LIMIT;
        if (!small) {
            return wideNode(c, c1, c2, u1, u2, gamma, epsilon);
        }
        // every value below stays inside (-2^63, 2^63), so plain long arithmetic is exact
        long low = Math.max(ceilDiv(-x10, c1), ceilDiv(x20 - u2, c2));
        long high = Math.min(Math.floorDiv(u1 - x10, c1), Math.floorDiv(x20, c2));
        if (low > high) {
            return NODE_NO;
        }
        spanT = high - low;
        // both results lie in [0, u], so wrapped intermediate products still give the exact value
        firstX1 = x10 + c1 * low;
        firstX2 = x20 - c2 * low;
        return NODE_OK;
    }

    /** {@link #node} in exact arithmetic, with NumPy's overflow verdicts for results beyond 64 bits. */
    private int wideNode(long c, long c1, long c2, long u1, long u2, long gamma, long epsilon) {
        BigInteger bc = BigInteger.valueOf(c);
        BigInteger bc1 = BigInteger.valueOf(c1);
        BigInteger bc2 = BigInteger.valueOf(c2);
        BigInteger x10 = BigInteger.valueOf(gamma).multiply(bc);
        BigInteger x20 = BigInteger.valueOf(epsilon).multiply(bc);
        BigInteger low = ceilDiv(x10.negate(), bc1).max(ceilDiv(x20.subtract(BigInteger.valueOf(u2)), bc2));
        BigInteger high = floorDiv(BigInteger.valueOf(u1).subtract(x10), bc1).min(floorDiv(x20, bc2));
        if (low.compareTo(high) > 0) {
            return NODE_NO;
        }
        BigInteger span = high.subtract(low);
        BigInteger first1 = x10.add(bc1.multiply(low));
        BigInteger first2 = x20.subtract(bc2.multiply(low));
        if (low.bitLength() > 63 || high.bitLength() > 63 || span.bitLength() > 63
                || first1.bitLength() > 63 || first2.bitLength() > 63) {
            return NODE_OVERFLOW;
        }
        spanT = span.longValue();
        firstX1 = first1.longValue();
        firstX2 = first2.longValue();
        return NODE_OK;
    }

    private static long ceilDiv(long numerator, long positiveDivisor) {
        return -Math.floorDiv(-numerator, positiveDivisor);
    }

    private static BigInteger floorDiv(BigInteger numerator, BigInteger positiveDivisor) {
        BigInteger[] qr = numerator.divideAndRemainder(positiveDivisor);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static BigInteger ceilDiv(BigInteger numerator, BigInteger positiveDivisor) {
        BigInteger[] qr = numerator.divideAndRemainder(positiveDivisor);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    static boolean addOverflows(long p, long q, long sum) {
        return ((p ^ sum) & (q ^ sum)) < 0;
    }

    private static boolean subtractOverflows(long p, long q, long difference) {
        return ((p ^ q) & (p ^ difference)) < 0;
    }
}
