a = np.arange(3)
a *= 2.5
a
a = a * 2.5
a
a.dtype
