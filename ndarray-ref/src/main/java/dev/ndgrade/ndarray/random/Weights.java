package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.error.NumpyException;

/**
 * The probabilities of {@code choice(..., p=...)}: checked as NumPy checks them (a Kahan sum within {@code atol}
 * of 1), then drawn from by inverting their cumulative sum, {@code cdf.searchsorted(u, side='right')}.
 *
 * @param cdf the running sum of p, divided by its last value
 */
public record Weights(double[] cdf) {

    /** The messages of one sampler: the Generator's and the legacy function's differ in case and quoting. */
    public record Messages(String notOneDimensional, String sizeMismatch, String nan, String negative, String notOne) {
        public static final Messages GENERATOR = new Messages("p must be 1-dimensional", "a and p must have same size",
                "Probabilities contain NaN", "Probabilities are not non-negative",
                "Probabilities do not sum to 1. See Notes section of docstring for more information.");
        public static final Messages LEGACY = new Messages("'p' must be 1-dimensional", "'a' and 'p' must have same size",
                "probabilities contain NaN", "probabilities are not non-negative", "probabilities do not sum to 1");
    }

    /** Checks p (as float64, with its number of dimensions) against a population of {@code pop}. */
    public static Weights of(double[] p, int ndim, long pop, double atol, Messages messages) {
        if (ndim != 1) {
            throw NumpyException.valueError(messages.notOneDimensional());
        }
        if (p.length != pop) {
            throw NumpyException.valueError(messages.sizeMismatch());
        }
        double sum = kahanSum(p);
        if (Double.isNaN(sum)) {
            throw NumpyException.valueError(messages.nan());
        }
        for (double x : p) {
            if (x < 0) {
                throw NumpyException.valueError(messages.negative());
            }
        }
        if (Math.abs(sum - 1.0) > atol) {
            throw NumpyException.valueError(messages.notOne());
        }
        double[] cdf = new double[p.length];
        double running = 0;
        for (int i = 0; i < p.length; i++) {
            running += p[i];
            cdf[i] = running;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        return new Weights(cdf);
    }

    private static double kahanSum(double[] p) {
        if (p.length == 0) {
            return 0.0;
        }
        double sum = p[0];
        double c = 0.0;
        for (int i = 1; i < p.length; i++) {
            double y = p[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** The index a uniform draw u picks: how many cumulative values are at most u. */
    long index(double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
