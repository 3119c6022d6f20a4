x = np.array([False, True, True, True, False, True], dtype=np.bool_)
(x.ndim, x.size)
x.astype(np.int8)
x[..., :2]
