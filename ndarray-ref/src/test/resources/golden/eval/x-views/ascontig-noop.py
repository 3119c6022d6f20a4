a = np.arange(6).reshape(2, 3)
b = np.ascontiguousarray(a)
b is a
c = np.ascontiguousarray(a.T)
c.flags['C_CONTIGUOUS']
c.base is None
np.shares_memory(c, a)
