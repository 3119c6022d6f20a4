# np.copy keeps the memory layout (order K); a.copy() makes it C order.
f = np.arange(6).reshape(2, 3).T
np.copy(f).strides
f.copy().strides
np.copy(f).flags.f_contiguous
f.copy().flags.c_contiguous
np.shares_memory(np.copy(f), f)
