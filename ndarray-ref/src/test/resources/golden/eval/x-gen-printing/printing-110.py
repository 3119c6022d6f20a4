x = np.array(3, dtype=np.int16)
x.tolist()
x[..., :2]
(x.ndim, x.size)
