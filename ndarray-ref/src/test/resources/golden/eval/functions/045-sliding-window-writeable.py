# writeable=True windows write through to the original.
x = np.arange(5)
w = np.lib.stride_tricks.sliding_window_view(x, 2, writeable=True)
w[1, 1] = 50
x
w
np.shares_memory(w, x)
