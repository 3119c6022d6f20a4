package dev.ndgrade.ndarray.layout;

/** NumPy's {@code order=} argument: C (row-major), F (column-major), A (F if Fortran-only, else C), K (keep). */
public enum MemoryOrder {
    C, F, A, K
}
