a = np.arange(12).reshape(3, 4).T
b = np.ascontiguousarray(a)
b.flags['C_CONTIGUOUS']
b.base is None
np.shares_memory(a, b)
c = np.asfortranarray(a)
np.shares_memory(a, c)
