package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;

/**
 * A two-input inner loop over one run of {@code n} elements (NumPy's strided loop): element {@code i} of each operand
 * is at its offset plus {@code i} times its byte stride. A stride of 0 repeats one element (a broadcast scalar).
 */
@FunctionalInterface
interface BinaryLoop {
    void run(Buffer a, long ao, long as, Buffer b, long bo, long bs, Buffer out, long oo, long os, long n);
}
