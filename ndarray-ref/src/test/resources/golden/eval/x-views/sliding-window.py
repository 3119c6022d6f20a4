from_ = np.arange(6)
w = np.lib.stride_tricks.sliding_window_view(from_, 3)
w
w.strides
w.flags['WRITEABLE']
np.shares_memory(w, from_)
w.base is from_
