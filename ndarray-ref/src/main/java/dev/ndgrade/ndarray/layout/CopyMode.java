package dev.ndgrade.ndarray.layout;

/** NumPy's {@code copy=} argument: {@code True} is ALWAYS, {@code None} is IF_NEEDED, {@code False} is NEVER. */
public enum CopyMode {
    ALWAYS, IF_NEEDED, NEVER
}
