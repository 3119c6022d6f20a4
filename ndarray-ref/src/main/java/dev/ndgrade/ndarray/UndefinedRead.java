package dev.ndgrade.ndarray;

/**
 * A read of array memory {@code np.empty} (or {@code np.empty_like}) allocated and nothing has written: NumPy would
 * show whatever bytes the allocator recycled, which no reference can reproduce, so the snippet is unsupported.
 */
public final class UndefinedRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UndefinedRead() {
        super("reading the values of np.empty memory before they are written (NumPy shows whatever bytes were there)",
                null, false, false);
    }
}
