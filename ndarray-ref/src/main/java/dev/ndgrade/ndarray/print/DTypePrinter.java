package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.DType;

/** {@code repr} and {@code str} of a dtype: {@code dtype('int64')} and {@code int64}. */
public final class DTypePrinter {
    private DTypePrinter() {
    }

    public static String repr(DType t) {
        return "dtype('" + str(t) + "')";
    }

    /** The name, which for every supported (native, non-flexible) dtype is also what array reprs show. */
    public static String str(DType t) {
        return t.name();
    }
}
