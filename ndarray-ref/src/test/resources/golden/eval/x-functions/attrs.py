a = np.zeros((3, 4), dtype=np.int16)
a.ndim, a.size, a.itemsize, a.nbytes
a.shape, a.strides
a[:, 1].nbytes
a.T.shape
np.zeros(0).itemsize
