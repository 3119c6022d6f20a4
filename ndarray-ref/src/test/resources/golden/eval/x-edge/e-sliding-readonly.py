a = np.arange(5)
w = np.lib.stride_tricks.sliding_window_view(a, 2)
w[0, 0] = 1
w2 = np.lib.stride_tricks.sliding_window_view(a, 2, writeable=True)
w2[0, 1] = 100
a
w2.flags['WRITEABLE']
