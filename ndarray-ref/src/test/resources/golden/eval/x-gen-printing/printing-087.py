x = np.array(35851.146630873, dtype=np.float64)
x[..., :2]
(x.ndim, x.size)
