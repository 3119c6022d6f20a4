package dev.ndgrade.ndarray.print;

/**
 * NumPy's print options that ndgrade uses ({@code np.get_printoptions()}); only the defaults are ever in force.
 *
 * @param lineWidth  {@code linewidth}: characters per line
 * @param threshold  {@code threshold}: arrays with more elements are summarized with {@code ...}
 * @param edgeItems  {@code edgeitems}: items kept at each end of a summarized axis
 * @param precision  {@code precision}: at most this many fraction digits ({@code floatmode='maxprec'})
 */
record PrintOptions(int lineWidth, int threshold, int edgeItems, int precision) {
    static final PrintOptions DEFAULTS = new PrintOptions(75, 1000, 3, 8);
}
