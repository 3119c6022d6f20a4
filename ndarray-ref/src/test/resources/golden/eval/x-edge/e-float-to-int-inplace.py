a = np.arange(3)
a /= 2
a //= 2
a
b = np.arange(3, dtype=np.float32)
b += np.arange(3)
b.dtype
