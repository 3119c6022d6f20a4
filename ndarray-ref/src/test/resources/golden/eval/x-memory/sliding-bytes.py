a = np.arange(10)
w = np.lib.stride_tricks.sliding_window_view(a, 4)
live_bytes()
del a
live_bytes()
w.base is None
