package dev.ndgrade.ndarray.layout;

/** Outcome of NumPy's overlap solver ({@code mem_overlap_t}). */
public enum OverlapResult {
    /** Provably no common byte. */
    NO,
    /** A common byte exists. */
    YES,
    /** The work bound was reached before a decision. */
    TOO_HARD,
    /** The problem does not fit NumPy's 64-bit (and 128-bit intermediate) arithmetic. */
    OVERFLOW
}
