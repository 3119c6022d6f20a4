package dev.ndgrade.ndarray.sorting;

import dev.ndgrade.ndarray.error.NumpyException;

import java.util.Locale;

/**
 * The {@code kind=} of a sort. NumPy reads only the first letter ('quicksort', 'q' and 'quickXYZ' are all quicksort,
 * 'mergesort' is its stable sort); quicksort and heapsort are unstable, so equal elements come out in an order only
 * NumPy's algorithm (introsort, or x86-simd-sort on AVX-512) decides.
 */
public enum SortKind {
    QUICK, HEAP, STABLE;

    /** {@code kind} as NumPy's converter reads it; null is the default, quicksort. */
    public static SortKind parse(String kind) {
        if (kind == null) {
            return QUICK;
        }
        switch (kind.isEmpty() ? ' ' : Character.toLowerCase(kind.charAt(0))) {
            case 'q': return QUICK;
            case 'h': return HEAP;
            case 's', 'm': return STABLE;
            default: throw NumpyException.valueError("sort kind must be one of 'quick', 'heap', or 'stable' (got '"
                    + kind + "')");
        }
    }

    /** Whether equal elements keep their order. */
    public boolean stable() {
        return this == STABLE;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
