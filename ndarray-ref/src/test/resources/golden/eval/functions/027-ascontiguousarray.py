# ascontiguousarray copies only non-contiguous input.
m = np.arange(6).reshape(2, 3)
np.ascontiguousarray(m) is m
c = np.ascontiguousarray(m.T)
c.flags.c_contiguous
np.shares_memory(c, m)
np.ascontiguousarray(np.array(3)).shape
np.ascontiguousarray([1, 2])
