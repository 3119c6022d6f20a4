a = np.arange(4)
np.lib.stride_tricks.sliding_window_view(a, 5)
np.lib.stride_tricks.sliding_window_view(a, 0)
np.lib.stride_tricks.sliding_window_view(a, (2, 2))
