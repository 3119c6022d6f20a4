package dev.ndgrade.ndarray.layout;

/**
 * Whether two arrays on one buffer can touch a common byte, as {@code np.shares_memory} and
 * {@code np.may_share_memory} decide it ({@code solve_may_share_memory}), and whether one array touches a byte
 * twice ({@code solve_may_have_internal_overlap}).
 *
 * <p>{@code maxWork} is NumPy's {@code max_work}: 0 checks byte ranges only, a positive value bounds the number of
 * search candidates, -1 and -2 mean no bound.
 *
 * <p>NumPy compares real addresses as unsigned 64-bit numbers, so absurd strides (from {@code as_strided}) wrap
 * around. Here the buffer sits at a fixed virtual address typical of a Linux heap, 2^46, and the same unsigned
 * arithmetic runs; every array NumPy can allocate gets the same answer whatever the real address.
 */
public final class MemoryOverlap {
    /** {@code max_work} of {@code np.may_share_memory} by default: byte ranges only. */
    public static final long MAY_SHARE_BOUNDS = 0;
    /** {@code max_work} of {@code np.shares_memory} by default: the exact answer. */
    public static final long MAY_SHARE_EXACT = -1;
    public static final String INVALID_MAX_WORK = "Invalid value for max_work";
    public static final String MAX_WORK_NOT_INTEGER = "max_work must be an integer";
    public static final String EXCEEDED_MAX_WORK = "Exceeded max_work";
    public static final String OVERFLOW_IN_OVERLAP = "Integer overflow in computing overlap";
    /** How Python's traceback names NumPy's TooHardError. */
    public static final String TOO_HARD_ERROR = "TooHardError";

    private static final long VIRTUAL_BASE = 1L << 46;

    private MemoryOverlap() {
    }

    /**
     * {@code offset_bounds_from_strides} shifted by the offset: the half-open byte range the array's elements
     * occupy; empty ({@code [offset, offset)}) when the array has no elements. Products wrap as NumPy's do.
     */
    public static ByteRange offsetBounds(long offsetBytes, long[] dims, long[] strides, long itemsize) {
        long lower = 0;
        long upper = 0;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == 0) {
                return new ByteRange(offsetBytes, offsetBytes);
            }
            long reach = strides[i] * (dims[i] - 1);
            if (reach > 0) {
                upper += reach;
            } else {
                lower += reach;
            }
        }
        return new ByteRange(offsetBytes + lower, offsetBytes + upper + itemsize);
    }

    /** {@code np.may_share_memory(a, b)}: byte ranges only. */
    public static boolean mayShareMemory(ArrayExtent a, ArrayExtent b) {
        return mayShareMemory(a, b, MAY_SHARE_BOUNDS);
    }

    /** {@code np.may_share_memory(a, b, max_work)}: true unless proven disjoint. */
    public static boolean mayShareMemory(ArrayExtent a, ArrayExtent b, long maxWork) {
        return solve(a, b, checkedMaxWork(maxWork)) != OverlapResult.NO;
    }

    /** {@code np.shares_memory(a, b)}: the exact answer. */
    public static boolean sharesMemory(ArrayExtent a, ArrayExtent b) {
        return sharesMemory(a, b, MAY_SHARE_EXACT);
    }

    /**
     * {@code np.shares_memory(a, b, max_work)}.
     *
     * @throws LayoutException ValueError {@value #INVALID_MAX_WORK} for max_work below -2,
     *     numpy.exceptions.TooHardError {@value #EXCEEDED_MAX_WORK}, OverflowError {@value #OVERFLOW_IN_OVERLAP}
     */
    public static boolean sharesMemory(ArrayExtent a, ArrayExtent b, long maxWork) {
        OverlapResult result = solve(a, b, checkedMaxWork(maxWork));
        switch (result) {
            case NO:
                return false;
            case YES:
                return true;
            case TOO_HARD:
                throw new LayoutException(TOO_HARD_ERROR, EXCEEDED_MAX_WORK);
            case OVERFLOW:
                throw new LayoutException("OverflowError", OVERFLOW_IN_OVERLAP);
            default:
                throw new IllegalStateException("unknown overlap result " + result);
        }
    }

    /** NumPy's check of a max_work argument: below -2 is a ValueError. Returns it. */
    public static long checkedMaxWork(long maxWork) {
        if (maxWork < -2) {
            throw LayoutException.value(INVALID_MAX_WORK);
        }
        return maxWork;
    }

    /** {@code solve_may_share_memory}: the raw solver outcome; maxWork is not validated here. */
    public static OverlapResult solve(ArrayExtent a, ArrayExtent b, long maxWork) {
        ByteRange first = offsetBounds(a.offset(), a.dims(), a.strides(), a.itemsize());
        ByteRange second = offsetBounds(b.offset(), b.dims(), b.strides(), b.itemsize());
        long start1 = VIRTUAL_BASE + first.start();
        long end1 = VIRTUAL_BASE + first.end();
        long start2 = VIRTUAL_BASE + second.start();
        long end2 = VIRTUAL_BASE + second.end();
        if (!(Long.compareUnsigned(start1, end2) < 0 && Long.compareUnsigned(start2, end1) < 0
                && Long.compareUnsigned(start1, end1) < 0 && Long.compareUnsigned(start2, end2) < 0)) {
            return OverlapResult.NO;
        }
        if (maxWork == 0) {
            return OverlapResult.TOO_HARD;
        }
        // Both right-hand sides are non-negative; a negative long here is a value beyond 2^63 - 1.
        long rhs1 = end2 - 1 - start1;
        long rhs2 = end1 - 1 - start2;
        long rhs = Long.compareUnsigned(rhs1, rhs2) <= 0 ? rhs1 : rhs2;
        if (rhs < 0) {
            return OverlapResult.OVERFLOW;
        }
        int capacity = a.dims().length + b.dims().length + 2;
        long[] coefficients = new long[capacity];
        long[] bounds = new long[capacity];
        int n = addStrideTerms(a, coefficients, bounds, 0, true);
        if (n >= 0) {
            n = addStrideTerms(b, coefficients, bounds, n, true);
        }
        if (n < 0) {
            return OverlapResult.OVERFLOW;
        }
        n = addItemTerm(a.itemsize(), coefficients, bounds, n);
        n = addItemTerm(b.itemsize(), coefficients, bounds, n);
        n = Diophantine.simplify(n, coefficients, bounds, rhs);
        if (n < 0) {
            return OverlapResult.OVERFLOW;
        }
        return Diophantine.solve(n, coefficients, bounds, rhs, maxWork, false, new long[n]);
    }

    /**
     * {@code solve_may_have_internal_overlap}: whether two different indices of the array reach the same byte.
     * A C-contiguous array never does.
     */
    public static OverlapResult internalOverlap(ArrayExtent a, long maxWork) {
        if (Contiguity.isCContiguous(a.dims(), a.strides(), a.itemsize())) {
            return OverlapResult.NO;
        }
        long[] coefficients = new long[a.dims().length + 1];
        long[] bounds = new long[a.dims().length + 1];
        int n = addStrideTerms(a, coefficients, bounds, 0, false);
        if (n < 0) {
            return OverlapResult.OVERFLOW;
        }
        n = addItemTerm(a.itemsize(), coefficients, bounds, n);
        int kept = 0;
        for (int j = 0; j < n; j++) {
            if (bounds[j] == 0) {
                continue;
            } else if (bounds[j] < 0) {
                return OverlapResult.NO;
            } else if (coefficients[j] == 0) {
                return OverlapResult.YES;
            }
            coefficients[kept] = coefficients[j];
            bounds[kept] = bounds[j] * 2;
            kept++;
        }
        Diophantine.sortByCoefficientDescending(kept, coefficients, bounds);
        return Diophantine.solve(kept, coefficients, bounds, -1, maxWork, true, new long[kept]);
    }

    /**
     * {@code strides_to_terms}: one term (|stride|, dim - 1) per axis. For sharing, axes of length at most 1 and
     * axes of stride 0 are skipped, and a stride of -2^63, whose |stride| overflows, makes the answer OVERFLOW (-1
     * is returned). For internal overlap every axis counts and NumPy 2.4's build lets that |stride| stay negative
     * (its overflow test is compiled away), so the solver later rejects the problem as invalid.
     */
    private static int addStrideTerms(ArrayExtent array, long[] coefficients, long[] bounds, int n,
                                      boolean forSharing) {
        long[] dims = array.dims();
        long[] strides = array.strides();
        for (int i = 0; i < dims.length; i++) {
            if (forSharing && (dims[i] <= 1 || strides[i] == 0)) {
                continue;
            }
            long coefficient = Math.abs(strides[i]);
            if (forSharing && coefficient < 0) {
                return -1;
            }
            coefficients[n] = coefficient;
            bounds[n] = dims[i] - 1;
            n++;
        }
        return n;
    }

    /** The bytes inside one element: a term (1, itemsize - 1) when an element has more than one byte. */
    private static int addItemTerm(long itemsize, long[] coefficients, long[] bounds, int n) {
        if (itemsize > 1) {
            coefficients[n] = 1;
            bounds[n] = itemsize - 1;
            return n + 1;
        }
        return n;
    }
}
