package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;

/** A one-input inner loop over one run of {@code n} elements; see {@link BinaryLoop}. */
@FunctionalInterface
interface UnaryLoop {
    void run(Buffer a, long ao, long as, Buffer out, long oo, long os, long n);
}
