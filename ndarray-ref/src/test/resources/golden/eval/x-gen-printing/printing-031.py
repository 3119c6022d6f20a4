x = np.array(25, dtype=np.int32)
x.T
x.astype(np.float64)
x.ravel()[:5]
(x.ndim, x.size)
