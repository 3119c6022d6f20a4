a = np.arange(12).reshape(3, 4)
w = np.lib.stride_tricks.sliding_window_view(a, 2, axis=0)
w.shape
w[0]
