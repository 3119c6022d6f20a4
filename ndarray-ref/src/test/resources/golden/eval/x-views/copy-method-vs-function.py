a = np.arange(4).reshape(2, 2)
b = a.copy()
c = np.copy(a)
b.base is None, c.base is None
d = np.copy(a.T)
d.flags['C_CONTIGUOUS']
e = a.T.copy()
e.flags['C_CONTIGUOUS']
