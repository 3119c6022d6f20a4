package dev.ndgrade.ndarray.print;

/** What happens to trailing zeros and the decimal point of a formatted float ({@code trim=} of NumPy's formatters). */
enum TrimMode {
    /** {@code 'k'}: keep trailing zeros, pad with zeros up to the requested minimum digits. */
    NONE,
    /** {@code '.'}: drop trailing zeros, keep the point ({@code 1.}). */
    ZEROS,
    /** {@code '0'}: drop trailing zeros but keep one after the point ({@code 1.0}). */
    LEAVE_ONE_ZERO,
    /** {@code '-'}: drop trailing zeros and a bare point ({@code 1}). */
    DPT_ZEROS
}
