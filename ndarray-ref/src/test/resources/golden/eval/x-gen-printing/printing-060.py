x = np.array(81.4286, dtype=np.float32)
(x.ndim, x.size)
str(x)
