from numpy.lib.stride_tricks import sliding_window_view
x = np.arange(6)
w = sliding_window_view(x, 3)
w
w.strides
w.flags.writeable
w.base is x
