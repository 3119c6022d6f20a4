a = np.arange(12).reshape(3, 4)
w = np.lib.stride_tricks.sliding_window_view(a, (2, 2))
w.shape
w.strides
w[0, 0]
w[1, 2]
