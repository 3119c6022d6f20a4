# broadcast_to and as_strided views cost no data bytes.
x = np.arange(100)
live_bytes()
b = np.broadcast_to(x, (1000, 100))
live_bytes()
b.nbytes
w = np.lib.stride_tricks.sliding_window_view(x, 10)
live_bytes()
