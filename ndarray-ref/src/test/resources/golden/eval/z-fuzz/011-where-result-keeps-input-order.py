c = np.eye(4, dtype=np.uint32).copy('F')
f = np.where(c > 1, c, -3)
f.flags.f_contiguous, f.strides
f.shape = (-1, 1)
g = np.where(c.T > 1, 1.5, c)
g.strides
h = np.where(np.ones((3, 1), dtype=bool), np.zeros((1, 4), order='F'), 2)
h.strides
k = np.where(np.ones((2, 3), dtype=bool).T, 1, np.zeros((3, 2)))
k.strides
