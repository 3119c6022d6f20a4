def windows(a, k):
    """Every run of k consecutive elements of the 1-D array a, one per row, as a view of a."""
    return np.lib.stride_tricks.sliding_window_view(a, k)
