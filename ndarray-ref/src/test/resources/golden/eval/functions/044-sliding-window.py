# sliding_window_view: overlapping windows, read-only by default.
x = np.arange(6)
w = np.lib.stride_tricks.sliding_window_view(x, 3)
w
w.shape, w.strides
w.flags.writeable
w[0, 0] = 1
np.lib.stride_tricks.sliding_window_view(x, 7)
