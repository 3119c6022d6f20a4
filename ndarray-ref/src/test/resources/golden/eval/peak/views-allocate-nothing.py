a = np.zeros((1000, 1000))
col = a[:, 3]
t = a.T
w = np.lib.stride_tricks.sliding_window_view(a[0], 10)
r = a.reshape(-1)
peak_bytes() // 1_000_000
live_bytes()
f = a.flatten()
peak_bytes() // 1_000_000
