package dev.ndgrade.ndarray;

/**
 * The object {@code np.lib.stride_tricks.as_strided} makes its result a view of: it exposes the input's memory
 * through the array interface, so the result's {@code base} is this holder and {@code base.base} is the input.
 */
public final class DummyArray implements ArrayBase {
    private final NdArray base;

    public DummyArray(NdArray base) {
        this.base = base;
    }

    /** The array whose memory this holder exposes. */
    public NdArray base() {
        return base;
    }
}
